// Identity measures over a loaded store: how many nodes each key body has (each pattern covers the
// spellings, orders and abbreviations a body was seen under, with or without its owner), foreign
// persons listed as members of a home key body, organizations named by a bare generic noun or a
// nationality adjective, the share of one-word organization names, and same-name persons (names
// with several nodes, of them those split by career, and names kept as one node but flagged for
// review because their reports show both the army and the foreign service).
// @param limit: Integer = 12 -- at most this many examples per measure
// @param foreignOwner: String = ".*\b(china|cpc|chinese communist party|communist party of china|lao|laos|lao people's revolutionary party|vietnam|communist party of vietnam|cuba|communist party of cuba|russia|syria|baath arab socialist party)$" -- a key owned by a foreign state or party: who holds a post under one is a foreign person
WITH "( of (central committee|cc|c\\.c|c\\.c workers' party of korea|party|party central committee|workers' party of korea|korean workers' party|wpk))*" AS wpk,
     "( of (central committee|cc|c\\.c|communist party of china|cpc|china|prc|people's republic of china|chinese communist party))+" AS cpc,
     "^(on )?([a-z]+ [0-9]+ )?" AS lead
UNWIND [
  ['WPK Central Committee', lead + "(central committee|party central committee|cc)" + wpk + "$", true],
  ['Political Bureau of the WPK CC', lead + "(political bureau|politburo)" + wpk + "$", true],
  ['Presidium of the Political Bureau of the WPK CC', lead + "presidium of (political bureau|politburo)" + wpk + "$", true],
  ['Secretariat of the WPK CC', lead + "secretariat" + wpk + "$", true],
  ['Central Military Commission of the WPK', lead + "(central military commission|party central military commission|cmc)" + wpk + "$", true],
  ['National Defence Commission', lead + "(national defence commission|national defense commission|ndc)( of (democratic people's republic of korea|dprk))?$", true],
  ['Supreme People\'s Assembly', lead + "(supreme people's assembly|spa)( of (democratic people's republic of korea|dprk))?$", true],
  ['Presidium of the SPA', lead + "presidium of (supreme people's assembly|spa)( of (democratic people's republic of korea|dprk))?$", true],
  ['Cabinet', lead + "cabinet( of (democratic people's republic of korea|dprk))?$", true],
  ['General Staff of the KPA', lead + "general staff of (korean people's army|kpa)$", true],
  ['CPC Central Committee', lead + "(central committee|cc)" + cpc + "$", false],
  ['Political Bureau of the CPC CC', lead + "(political bureau|politburo)" + cpc + "$", false],
  ['Central Military Commission of China', lead + "(central military commission|cmc)" + cpc + "$", false]
] AS body
OPTIONAL MATCH (o:Organization) WHERE o.key =~ body[1]
  AND (body[2] OR o.key =~ '.*\\b(china|cpc|chinese)\\b.*')
WITH body, collect(o) AS nodes
RETURN 'key body nodes' AS measure, body[0] AS item, size(nodes) AS value,
       [o IN nodes | o.key][..$limit] AS examples
UNION ALL
MATCH (o:Organization)
WITH o, o.key =~ '.*\\b(china|chinese|cpc|communist party|lao|laos|vietnam|vietnamese|cuba|russia|russian|syria|syrian)\\b.*' AS foreign
MATCH (p:Person)-[:HOLDS]->(:Post)-[:IN]->(o)
WHERE NOT foreign AND o.key =~ "^(on )?([a-z]+ [0-9]+ )?((presidium of )?(political bureau|politburo)|central committee|secretariat|central military commission)( of (central committee|cc|party|workers' party of korea))*$"
  AND EXISTS { (p)-[:HOLDS]->(:Post)-[:IN]->(f:Organization)
               WHERE f.key =~ $foreignOwner }
WITH collect(DISTINCT p.name + ' in ' + o.key) AS found
RETURN 'foreign persons in home key bodies' AS measure, '' AS item, size(found) AS value, found[..$limit] AS examples
UNION ALL
MATCH (o:Organization)
WITH count(o) AS total, collect(o) AS orgs
UNWIND orgs AS o
WITH total, o, coalesce(o.canonical_name, o.name) AS shown
WHERE NOT trim(shown) CONTAINS ' '
WITH total, collect(shown) AS oneWord
RETURN 'one-word organization names' AS measure, toString(size(oneWord)) + ' of ' + toString(total) AS item,
       size(oneWord) AS value, oneWord[..$limit] AS examples
UNION ALL
MATCH (o:Organization)
WHERE o.key IN ['delegation', 'committee', 'institute', 'association', 'school', 'group', 'company', 'party',
                'presidium', 'council', 'commission', 'bureau', 'department', 'office', 'ministry', 'society',
                'federation', 'union', 'centre', 'center', 'team', 'unit', 'headquarters', 'university',
                'museum', 'side', 'government', 'embassy', 'mission', 'station', 'enterprise', 'corporation',
                'political bureau', 'secretariat', 'central committee']
   OR o.key =~ '^(its|his|their|our|this|that|a|an) .*'
OPTIONAL MATCH (p:Person)-[:HOLDS]->(:Post)-[:IN]->(o)
WITH o, count(DISTINCT p) AS persons ORDER BY persons DESC
WITH collect(o.key + ' (' + toString(persons) + ')') AS found
RETURN 'organizations named by a bare generic noun' AS measure, '' AS item, size(found) AS value, found[..$limit] AS examples
UNION ALL
MATCH (o:Organization)
WHERE o.key IN ['russian', 'chinese', 'japanese', 'american', 'vietnamese', 'lao', 'cuban', 'mongolian', 'cambodian',
                'indonesian', 'iranian', 'syrian', 'pakistani', 'palestinian', 'nigerian', 'brazilian', 'venezuelan',
                'bolivian', 'belarusian', 'ukrainian', 'guinean', 'colombian', 'mexican', 'algerian', 'turkish',
                'ugandan', 'lebanese', 'egyptian', 'german', 'british', 'kazakh', 'bangladeshi', 'congolese',
                'ecuadorian', 'chilean', 'afghan', 'sudanese', 'angolan', 'namibian', 'rwandan', 'nicaraguan',
                'kenyan', 'ghanaian', 'jordanian', 'ethiopian', 'burmese', 'thai', 'indian', 'french', 'italian',
                'armenian', 'austrian', 'burundian', 'dutch', 'eritrean', 'finnish', 'gabonese', 'laotian', 'slovak',
                'danish', 'irish', 'portuguese', 'albanian', 'croatian', 'macedonian', 'moldovan', 'cameroonian',
                'malawian', 'liberian', 'mauritanian', 'gambian', 'australian', 'canadian']
WITH collect(o.key) AS found
RETURN 'organizations named by a nationality adjective' AS measure, '' AS item, size(found) AS value, found[..$limit] AS examples
UNION ALL
CALL () {
  MATCH (:Person)-[s:STATED_IN]->(:Article)
  WHERE s.name_key IS NOT NULL AND s.career IS NOT NULL
  WITH s.name_key AS nameKey,
       count(CASE WHEN s.career = 'army' THEN 1 END) AS army,
       count(CASE WHEN s.career = 'foreign service' THEN 1 END) AS diplomacy,
       count(CASE WHEN s.career = 'army and foreign service' THEN 1 END) AS both
  WHERE both > 0 OR (army > 0 AND diplomacy > 0)
  RETURN collect(nameKey) AS bothCareers
}
MATCH (p:Person)
WITH bothCareers, p.name_key AS nameKey, count(p) AS nodes,
     any(a IN collect(p.anchor) WHERE a = 'foreign service') AS careers
WITH count(CASE WHEN nodes > 1 THEN 1 END) AS splits, count(CASE WHEN careers THEN 1 END) AS byCareer,
     collect(CASE WHEN nameKey IN bothCareers AND NOT careers THEN nameKey END) AS flagged
RETURN 'same-name persons split / flagged' AS measure,
       toString(splits) + ' split (' + toString(byCareer) + ' by career), ' + toString(size(flagged)) + ' flagged' AS item,
       splits + size(flagged) AS value, flagged[..$limit] AS examples
UNION ALL
MATCH (p:Person {name_key: 'ri yong ho'})
OPTIONAL MATCH (p)-[:HOLDS]->(post:Post)
WITH p, collect(post.role_key + ' | ' + coalesce(post.organization, '')) AS posts
RETURN 'ri yong ho nodes' AS measure, p.key AS item, size(posts) AS value, posts[..$limit] AS examples
