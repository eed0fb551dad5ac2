/** A short id no other test (or worker) will produce: it keeps tests' rows, titles and accounts apart. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
