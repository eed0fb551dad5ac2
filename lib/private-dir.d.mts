export function ensurePrivateDir(dir: string): void;
export function ensurePrivateFile(file: string): void;
