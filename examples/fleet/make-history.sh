#!/usr/bin/env bash
# Builds the fleet example into a git repository with a history, so its pins resolve over real
# revisions:
#
#   1. dev (v1), prod 1.2.0, storefront 1.3.0
#   2. prod 1.3.0: four clusters across us-east and us-west, progressive rollout
#   3. dev (v2): the PodDisruptionBudget is disabled in dev
#   4. storefront 1.4.0 (PDB, API_URL), prod-eu, the EU bundle: the fleet as it is in this folder
#   5. storefront-canary: the previous storefront (storefront@v1.3) on the first dev (dev@v1)
#
# Usage: examples/fleet/make-history.sh NEW_DIR
# Then:  hubcast explain shop/storefront-canary --repo NEW_DIR
# Authors and dates are fixed, so the commit ids are the same on every run.
set -euo pipefail

src="$(cd "$(dirname "$0")" && pwd)"
dst="${1:?usage: make-history.sh NEW_DIR}"
if [ -e "$dst" ] && [ -n "$(ls -A "$dst")" ]; then
  echo "make-history.sh: $dst is not empty; choose a new folder" >&2
  exit 1
fi
mkdir -p "$dst"
cd "$dst"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME="Fleet Maintainer" GIT_AUTHOR_EMAIL="fleet@example.com"
export GIT_COMMITTER_NAME="Fleet Maintainer" GIT_COMMITTER_EMAIL="fleet@example.com"
git init -q -b main

day=0
commit() {
  day=$((day + 1))
  # 2026-03-0N 09:00 UTC, in git's internal date format.
  export GIT_AUTHOR_DATE="$((1772355600 + day * 86400)) +0000" GIT_COMMITTER_DATE="$((1772355600 + day * 86400)) +0000"
  git add -A
  git commit -q -m "$1"
}

# --- 1. The first fleet ------------------------------------------------------------------------
mkdir -p shop system
cp "$src/hubcast.yaml" hubcast.yaml
cp "$src/shop/variables.yaml" shop/variables.yaml
cp "$src/system/variables.yaml" system/variables.yaml
cat > shop/environments.yaml <<'EOF'
apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: dev
  namespace: shop
spec:
  topology:
    type: topology-ocm
    properties:
      placement:
        predicates:
          - requiredClusterSelector:
              labelSelector:
                matchLabels:
                  stage: dev
---
apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: prod
  namespace: shop
spec:
  version: 1.2.0
  topology:
    type: topology-ocm
    properties:
      placement:
        clusterSets: [global]
        numberOfClusters: 2
        predicates:
          - requiredClusterSelector:
              labelSelector:
                matchLabels:
                  stage: prod
EOF
cat > system/profiles.yaml <<'EOF'
apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: storefront
  namespace: mural-system
spec:
  version: 1.3.0
  description: Storefront web tier and its cart worker.
  workload:
    components:
      - name: web
        type: webservice@v1.0.0
        properties:
          image: "{{ .var.registry }}/storefront:{{ .var.imageTag }}"
          ports:
            - containerPort: 8080
              expose: true
          env:
            - name: LOG_LEVEL
              value: "{{ var.logLevel }}"
        traits:
          - type: scaler@v1
            properties:
              replicas: "{{ .var.replicas }}"
      - name: cart-sync
        type: worker
        properties:
          image: "{{ .var.registry }}/cart-sync:{{ .var.imageTag }}"
---
EOF
sed -n '/^apiVersion/,$p' "$src/system/profiles.yaml" | awk '/^---$/ {found=1; next} found' >> system/profiles.yaml
cat > shop/deployments.yaml <<'EOF'
apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: storefront-dev
  namespace: shop
spec:
  workload:
    name: storefront
    namespace: shop-dev
  workloadProfileRef:
    name: storefront
  environmentRef:
    name: dev
  variables:
    imageTag: 2.0.0
---
apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: storefront-prod
  namespace: shop
spec:
  workload:
    name: storefront
    namespace: shop
  workloadProfileRef:
    name: storefront@v1.3
  environmentRef:
    name: prod@v1
  variables:
    imageTag: 2.0.0
EOF
commit "Fleet: dev and prod environments, storefront 1.3.0"

# --- 2. prod 1.3.0 -------------------------------------------------------------------------------
# The prod document as it is today; dev still as in commit 1.
{ sed -n '1,/^---$/p' shop/environments.yaml; awk '/^---$/ {n++; next} n == 1' "$src/shop/environments.yaml"; } > shop/environments.next
mv shop/environments.next shop/environments.yaml
commit "prod 1.3.0: four clusters in us-east and us-west, progressive rollout"

# --- 3. dev v2 ------------------------------------------------------------------------------------
{ awk '/^---$/ {exit} {print}' "$src/shop/environments.yaml"; sed -n '/^---$/,$p' shop/environments.yaml; } > shop/environments.next
mv shop/environments.next shop/environments.yaml
commit "dev: no PodDisruptionBudget in dev"

# --- 4. The fleet as it is in this folder -----------------------------------------------------------
(cd "$src" && find . -type f ! -name make-history.sh -print0) | while IFS= read -r -d '' f; do
  mkdir -p "$(dirname "$f")"
  cp "$src/$f" "$f"
done
commit "storefront 1.4.0 with a PDB and API_URL; prod-eu and the EU bundle"

# --- 5. A canary pinned to older revisions -----------------------------------------------------------
cat > shop/canary.yaml <<'EOF'
# The previous storefront (the highest 1.3.y) on the first revision of dev, whatever they became since.
apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: storefront-canary
  namespace: shop
spec:
  workload:
    name: storefront
    namespace: shop-canary
  workloadProfileRef:
    name: storefront@v1.3
  environmentRef:
    name: dev@v1
  variables:
    imageTag: 2.2.0-rc.2
EOF
commit "storefront-canary: storefront 1.3 on the first dev"

echo "built $(git rev-list --count HEAD) commits in $dst"
