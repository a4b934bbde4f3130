// Every node but the loader's lock.
MATCH (n) WHERE NOT n:LoadLock
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
