// Every relationship between the exported nodes.
MATCH (n)-[r]->(m) WHERE NOT n:LoadLock AND NOT m:LoadLock
RETURN elementId(r) AS id, type(r) AS type, elementId(n) AS source, elementId(m) AS target, properties(r) AS props
