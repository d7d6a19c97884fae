import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { observeRequest } from '@/shared/http/observeRequest'
import { refuseBadBody } from '@/shared/http/refuseBadBody'

type Handler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

const guarded =
  (handler: Handler): Handler =>
  async (request, args) =>
    (await refuseBadBody(request)) ?? handler(request, args)

// Every answer carries its request id and is counted for /api/metrics, refusals included.
const observed = (handler: Handler): Handler => observeRequest(config, handler)

export const GET = observed(REST_GET(config))
export const POST = observed(guarded(REST_POST(config)))
export const DELETE = observed(REST_DELETE(config))
export const PATCH = observed(guarded(REST_PATCH(config)))
export const PUT = observed(guarded(REST_PUT(config)))
export const OPTIONS = observed(REST_OPTIONS(config))
