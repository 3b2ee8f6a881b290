import type { z } from 'zod';
import type { Result } from '../../domain/result.ts';
import type { ErrorCode } from '../../protocol/errorCodes.ts';
import { ErrorResponseSchema } from '../../protocol/http.ts';

/** Why a request failed: a code the server named, or 'network' when it never answered sensibly. */
export type ApiError = ErrorCode | 'network';

interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  /** The facilitator key or participant token, sent as a bearer token. */
  readonly token?: string;
}

/**
 * Calls the Kompas HTTP API on the same origin and checks the answer against the protocol's
 * schema. Errors come back as values, each with a code the UI has a sentence for.
 */
export async function apiRequest<T>(path: string, schema: z.ZodType<T>, options: RequestOptions = {}): Promise<Result<T, ApiError>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, error: 'network' };
  }
  // 204: done, nothing to say.
  if (response.status === 204) {
    const parsed = schema.safeParse(null);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'internal' };
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    return { ok: false, error: response.ok ? 'network' : 'internal' };
  }
  if (!response.ok) {
    const parsed = ErrorResponseSchema.safeParse(json);
    return { ok: false, error: parsed.success ? parsed.data.error.code : 'internal' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'internal' };
}
