// cadregraph schema: created on every start, safe to run again (IF NOT EXISTS).
// Each uniqueness constraint also gives the index that the loader's MERGE by key uses.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT cell_key IF NOT EXISTS FOR (n:Cell) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT post_key IF NOT EXISTS FOR (n:Post) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT participation_key IF NOT EXISTS FOR (n:Participation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT citation_key IF NOT EXISTS FOR (n:Citation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT load_lock_name IF NOT EXISTS FOR (n:LoadLock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT correction_identity IF NOT EXISTS FOR (n:Correction) REQUIRE (n.kind, n.key, n.target) IS UNIQUE;

// Lookups the saved queries make.
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.name_key);
CREATE INDEX person_last_seen IF NOT EXISTS FOR (n:Person) ON (n.last_seen);
CREATE INDEX post_first_seen IF NOT EXISTS FOR (n:Post) ON (n.first_seen);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_name_key IF NOT EXISTS FOR (n:Event) ON (n.name_key);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);

// The loader's rule across articles for persons of one name with two careers finds each name's
// reports by what they show of the career (only statements that show one carry these).
CREATE INDEX stated_career IF NOT EXISTS FOR ()-[s:STATED_IN]-() ON (s.name_key, s.career);

// Free-text search from Neo4j Browser: CALL db.index.fulltext.queryNodes('names', 'Jo~')
CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Person|Organization|Cell|Event) ON EACH [n.name, n.full_name];
