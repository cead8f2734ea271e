import { openDatabase } from '../connection.ts';
import { migrateDatabase } from '../migrate.ts';

const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR ?? 'data' }).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
await migrateDatabase(database);
console.log(`migrations applied (${database.kind}: ${database.location})`);
await database.close();
