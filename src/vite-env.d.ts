/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the review API, e.g. https://cdn.example.com/reviews/v1/ */
  readonly VITE_API_BASE_URL?: string;
}
