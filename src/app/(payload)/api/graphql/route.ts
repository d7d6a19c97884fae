import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { observeRequest } from '@/shared/http/observeRequest'

export const POST = observeRequest(config, GRAPHQL_POST(config), '/graphql')
export const OPTIONS = observeRequest(config, REST_OPTIONS(config), '/graphql')
