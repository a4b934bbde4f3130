// The property keys of nodes and relationships with the types their values have, so that the
// GraphML keys can be declared (with a type) before the first node is written.
CALL () {
  MATCH (n) WHERE NOT n:LoadLock
  UNWIND keys(n) AS key
  RETURN 'node' AS owner, key, valueType(n[key]) AS type
  UNION
  MATCH (n)-[r]->(m) WHERE NOT n:LoadLock AND NOT m:LoadLock
  UNWIND keys(r) AS key
  RETURN 'edge' AS owner, key, valueType(r[key]) AS type
}
RETURN DISTINCT owner, key, type
ORDER BY owner, key, type
