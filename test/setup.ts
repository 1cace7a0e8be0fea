// Every test that touches IndexedDB gets fake-indexeddb; tests that need a fresh database make
// their own IDBFactory (see test/helpers/db.ts).
import 'fake-indexeddb/auto';
