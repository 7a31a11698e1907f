#!/usr/bin/env bash
# Prints one development bearer token (RS256, valid 8 hours, audience ybjg) signed with deploy/local/dev-keys/private.pem.
#   token.sh hospital H43100200123      a hospital's billing system, scoped to one institution
#   token.sh supervisor 431000,441800   a fund supervisor, scoped to regions
#   token.sh registry | token.sh admin
# TOKEN_TTL_SECONDS (default 28800; the services refuse more than JWT_MAX_LIFETIME_SECONDS, default 86400) and
# TOKEN_SIGNING_KEY (a PEM private key) exist for the negative checks of e2e.sh: an expired token, a token signed
# with a foreign key. TOKEN_AUDIENCE (default ybjg, the services' JWT_AUDIENCE) makes a token for another system.
set -euo pipefail
role=${1:-}; scope=${2:-}
key=${TOKEN_SIGNING_KEY:-"$(cd "$(dirname "$0")" && pwd)/dev-keys/private.pem"}
ttl=${TOKEN_TTL_SECONDS:-28800}
aud=${TOKEN_AUDIENCE:-ybjg}
case $role in
  hospital)   [[ $scope =~ ^[HP][0-9]{11}$ ]] || { echo "usage: token.sh hospital INSTITUTION_CODE (e.g. H43100200123)" >&2; exit 2; }
              claim=",\"institution\":\"$scope\"";;
  supervisor) [[ $scope =~ ^[0-9]{6}(,[0-9]{6})*$ ]] || { echo "usage: token.sh supervisor REGION[,REGION...] (e.g. 431000,441800)" >&2; exit 2; }
              claim=",\"regions\":[\"${scope//,/\",\"}\"]";;
  registry|admin) claim="";;
  *) echo "usage: token.sh hospital|registry|supervisor|admin [INSTITUTION | REGION,REGION...]" >&2; exit 2;;
esac
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header='{"alg":"RS256","typ":"JWT","kid":"ybjg-dev"}'
payload="{\"iss\":\"https://ybjg.local/dev\",\"aud\":\"$aud\",\"sub\":\"dev-$role${scope:+-$scope}\",\"upn\":\"dev-$role\",\"groups\":[\"$role\"]$claim,\"iat\":$now,\"exp\":$((now + ttl)),\"jti\":\"$(openssl rand -hex 8)\"}"
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" | b64url)
printf '%s.%s\n' "$signing_input" "$signature"
