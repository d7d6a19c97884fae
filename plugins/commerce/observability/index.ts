import type { Endpoint } from 'payload'
import { healthEndpoints } from './healthEndpoints'
import { metricsEndpoint } from './metricsEndpoint'

/** Health (liveness, readiness) and metrics: the core's endpoints for whoever runs the servers. */
export const observabilityEndpoints: Endpoint[] = [...healthEndpoints, metricsEndpoint]
