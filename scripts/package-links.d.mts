// Types of scripts/package-links.mjs (plain JavaScript, so that the TypeDoc plugin can load it).
export declare const PINNED_FILES: readonly string[];
export declare function ownAddresses(text: string, name: string): { address: string; version: string; path: string }[];
export declare function pin(text: string, name: string, version: string): string;
export declare function unpin(text: string, name: string): string;
