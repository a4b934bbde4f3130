// Persons who share a name, and why: the nodes the identity rules kept apart (anchored at the
// Party's base, the second career of a name whose reports show two careers that never touch, told
// apart in one article, split by an analyst), the plain node they stay apart from, and the names
// kept as one person although their reports show both the army and the foreign service (too few
// reports of one to split, or a report that gives one person both), flagged for review with the
// counts. To merge or split by hand, add a :Correction (same_as / different_from); `joined` lists
// the keys a same_as correction merged in.
// @param name: Person = null -- only this name (any spelling); null for every shared or flagged name
CALL () {
  MATCH (:Person)-[s:STATED_IN]->(:Article)
  WHERE s.name_key IS NOT NULL AND s.career IS NOT NULL
    AND ($nameKey IS NULL OR s.name_key = $nameKey)
  WITH s.name_key AS name_key,
       count(CASE WHEN s.career = 'army' THEN 1 END) AS army,
       count(CASE WHEN s.career = 'foreign service' THEN 1 END) AS diplomacy,
       count(CASE WHEN s.career = 'army and foreign service' THEN 1 END) AS both
  WHERE both > 0 OR (army > 0 AND diplomacy > 0)
  RETURN collect({name_key: name_key, army: army, diplomacy: diplomacy, both: both}) AS careers
}
MATCH (p:Person)
WHERE $nameKey IS NULL OR p.name_key = $nameKey
WITH careers, p.name_key AS name_key, collect(p) AS persons
WITH name_key, persons, head([c IN careers WHERE c.name_key = name_key]) AS c
WITH name_key, persons, c,
     c IS NOT NULL AND NOT any(p IN persons WHERE coalesce(p.anchor, '') = 'foreign service') AS flagged
WHERE size(persons) > 1 OR flagged
UNWIND persons AS p
OPTIONAL MATCH (x:Correction {kind: 'same_as', target: p.key})
WITH name_key, c, flagged, p, collect(x.key) AS joined
RETURN name_key, p.key AS person_key, p.anchor AS anchor,
       CASE WHEN flagged AND p.key = name_key AND c.both > 0
              THEN 'review: ' + toString(c.both) + ' report(s) give one person army and foreign service posts'
            WHEN flagged AND p.key = name_key
              THEN 'review: army in ' + toString(c.army) + ' report(s), foreign service in ' + toString(c.diplomacy) + ': too few to split'
            WHEN p.anchor = 'foreign service'
              THEN 'split: army and foreign service careers never touch'
                   + coalesce(' (army ' + toString(c.army) + ' report(s), foreign service ' + toString(c.diplomacy) + ')', '')
            WHEN p.anchor IS NOT NULL THEN 'split: known only at the Party base (' + p.anchor + ')'
            WHEN p.key CONTAINS ' ~ ' THEN 'split: an analyst said different_from'
            WHEN p.key <> p.name_key THEN 'split: told apart within one article'
            ELSE 'kept: the plain name key' END AS why,
       joined, p.names AS spellings, p.articles AS articles, p.first_seen AS first_seen,
       p.last_seen AS last_seen
ORDER BY name_key, person_key
