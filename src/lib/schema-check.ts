import * as v from 'valibot';
import { ApiError } from './api-error';

/**
 * Checks a parsed document against its schema (valibot): the output, or an
 * ApiError that names what failed. A chunk of its own with the schemas, so no
 * page's first load carries the checker; it downloads beside the first data.
 */
export function checkDocument<TSchema extends v.GenericSchema>(
  schema: TSchema,
  data: unknown,
  url: string,
): v.InferOutput<TSchema> {
  let result: v.SafeParseResult<TSchema>;
  try {
    result = v.safeParse(schema, data);
  } catch {
    // Only a hostile document gets here: nesting so deep that checking it overflows the stack.
    throw new ApiError('invalid', url, 'nested too deeply to check');
  }
  if (!result.success) throw new ApiError('invalid', url, v.summarize(result.issues));
  return result.output;
}
