import fs from 'node:fs';
import { startThrowawayPostgres } from '/work/wt/resil/test/support/throwaway-postgres';
const pg = await startThrowawayPostgres();
fs.writeFileSync('/tmp/resil-pg.json', JSON.stringify({ url: pg.url, port: pg.port }));
console.log(pg.url);
process.on('SIGTERM', () => process.exit(0));
setInterval(() => {}, 1 << 30);
