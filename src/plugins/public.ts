/**
 * `cadence/plugin`: everything a plugin may import from Cadence. Nothing else is public to plugins.
 */
export { defineSource } from './api.ts';
export { defineMetric, type MetricDefinition, type MetricSqlContext } from './define-metric.ts';
/** zod, re-exported so a plugin needs no zod of its own (and shares Cadence's for `.meta({ secret: true })`). */
export { z } from 'zod';
export type {
  SourcePlugin,
  SourceContext,
  StreamDefinition,
  PullItem,
  RecordItem,
  RejectItem,
  CheckpointItem,
  ProgressItem,
  BulkItem,
  StreamErrorItem,
  BulkLoad,
  ColumnSpec,
  CheckResult,
  Logger,
  Clock,
  TrackedNames,
} from './api.ts';
export { CadenceError, type ErrorCode, type Place } from '../core/errors.ts';
export { entities, entityNames, getEntity, type EntityName } from '../core/schema/entities.ts';
export { entityFields } from '../core/schema/entity.ts';
export { fetchWithRetry, sleep, type RetryOptions } from './retry.ts';
/** Masks every form of the secrets (trimmed, URL- and form-encoded, JSON-escaped, base64) in a text a server sent back. */
export { redactSecrets } from '../core/log/redact.ts';
export { trackedPatterns, matchTracked, sentimentMap, normalizeSentiment, type TrackedPattern, type TrackedKind } from './tracked.ts';
export { createRateLimiter, type RateLimiter, type RateLimiterOptions } from './rate-limit.ts';
export { xlsxToCsv, type XlsxToCsvOptions } from './xlsx.ts';
export { readDelimitedFiles, checkDelimitedFiles, describeMapping, fieldMapping, delimitedFileOptions, type FieldMapping, type DelimitedFileSpec, type MappedFile } from './delimited/index.ts';
export { isTimeZone } from '../core/schema/config.ts';
