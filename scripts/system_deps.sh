#!/usr/bin/env bash
# Install the Debian packages listed in deps/debian-packages.txt that are missing.
# As root: installs them. Otherwise: prints the one command to run and exits 1, so nobody misses it.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t wanted < <(grep -v '^\s*#' deps/debian-packages.txt | sed '/^\s*$/d')
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Cài gói hệ thống còn thiếu: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "************************************************************************"
echo "THIẾU GÓI HỆ THỐNG (missing system packages): ${missing[*]}"
echo "Chạy: sudo apt-get install --no-install-recommends ${missing[*]}"
echo "************************************************************************"
exit 1
