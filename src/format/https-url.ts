import * as v from 'valibot';

/** Only https: links leave the app; javascript:, data: and http: are refused. */
export const httpsUrl = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Invalid URL: only https: links are allowed'),
);
