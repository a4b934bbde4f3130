// Persons who share a name, and why: the nodes the identity rules kept apart (anchored at the
// Party's base, known only by foreign service posts, told apart in one article, split by an
// analyst), the plain node they stay apart from, and any node that joins posts in the army and in
// the foreign service (kept as one, flagged for review). To merge or split by hand, add a
// :Correction (same_as / different_from); `joined` lists the keys a same_as correction merged in.
// @param name: Person = null -- only this name (any spelling); null for every shared or flagged name
MATCH (p:Person)
WHERE $nameKey IS NULL OR p.name_key = $nameKey
OPTIONAL MATCH (p)-[:HOLDS]->(post:Post)
WITH p, collect(post.key) AS posts
WITH p, posts,
     any(k IN posts WHERE k =~ ".*\\b(korean people's army|general staff|central military commission|people's armed forces|marshal|vice marshal|colonel general|lieutenant general|major general|army general)\\b.*") AS army,
     any(k IN posts WHERE k =~ ".*\\b(foreign affairs|foreign minister|foreign ministry|ambassador|embassy)\\b.*") AS diplomacy
WITH p.name_key AS name_key, collect({person: p, army: army, diplomacy: diplomacy}) AS persons
WHERE size(persons) > 1 OR any(x IN persons WHERE x.army AND x.diplomacy)
UNWIND persons AS x
WITH name_key, x, x.person AS p
OPTIONAL MATCH (c:Correction {kind: 'same_as', target: p.key})
WITH name_key, x, p, collect(c.key) AS joined
RETURN name_key, p.key AS person_key, p.anchor AS anchor,
       CASE WHEN x.army AND x.diplomacy THEN 'review: army and foreign service posts on one node'
            WHEN p.anchor = 'foreign service' THEN 'split: known only by foreign service posts'
            WHEN p.anchor IS NOT NULL THEN 'split: known only at the Party base (' + p.anchor + ')'
            WHEN p.key CONTAINS ' ~ ' THEN 'split: an analyst said different_from'
            WHEN p.key <> p.name_key THEN 'split: told apart within one article'
            ELSE 'kept: the plain name key' END AS why,
       joined, p.names AS spellings, p.articles AS articles, p.first_seen AS first_seen,
       p.last_seen AS last_seen
ORDER BY name_key, person_key
