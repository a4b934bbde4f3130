#!/bin/sh
# Entry point of the cadregraph image. The official Neo4j image takes its credentials as
# NEO4J_AUTH=user/password; cadregraph reads NEO4J_USERNAME and NEO4J_PASSWORD. Both services of
# docker-compose.yml read one env file (neo4j.env), so the password is written once: split it
# here, unless the two variables are set already. (The Neo4j image turns every other NEO4J_*
# variable into a setting, so they cannot simply sit in the shared file.)
set -eu
if [ -n "${NEO4J_AUTH:-}" ] && [ "${NEO4J_AUTH}" != "none" ]; then
  : "${NEO4J_USERNAME:=${NEO4J_AUTH%%/*}}"
  : "${NEO4J_PASSWORD:=${NEO4J_AUTH#*/}}"
  export NEO4J_USERNAME NEO4J_PASSWORD
fi
exec "$@"
