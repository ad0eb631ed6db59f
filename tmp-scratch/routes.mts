import { openTestDatabase } from '../tests/integration/support/test-database.ts';
import { testApp } from '../tests/integration/support/http.ts';
const db = await openTestDatabase();
const { app } = await testApp(db);
console.log(app.printRoutes({ commonPrefix: false }));
await app.close(); await db.close();
