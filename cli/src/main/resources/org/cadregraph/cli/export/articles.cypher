// The articles, in id order: one fact line each, then what each states.
MATCH (a:Article)
RETURN a.id AS id, properties(a) AS props
ORDER BY id
