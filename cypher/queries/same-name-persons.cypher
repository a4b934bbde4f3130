// Persons who share a name: the nodes the identity rule kept apart, with what tells them apart
// (anchor unit, spellings, articles, dates), to merge or split by hand with a :Correction.
// @param name: Person = null -- only this name (any spelling); null for every shared name
MATCH (p:Person)
WHERE $nameKey IS NULL OR p.name_key = $nameKey
WITH p.name_key AS name_key, collect(p) AS persons
WHERE size(persons) > 1
UNWIND persons AS p
RETURN name_key, p.key AS person_key, p.anchor AS anchor, p.names AS spellings, p.articles AS articles,
       p.first_seen AS first_seen, p.last_seen AS last_seen
ORDER BY name_key, person_key
