/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "true" when built with --sector-addresses. */
  readonly VITE_NAS_SECTOR_ADDRESSES?: string;
}
