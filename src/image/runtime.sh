#!/usr/bin/env bash
# Builds the root file system the image's base is made of, into $2:
#   opt/java  a Java runtime linked by jlink from the JDK running the build ($1), with the modules in $3;
#   lib/...   the system libraries that runtime loads, copied from this machine (as ldd resolves them).
# The image is then "scratch" plus this root plus the program: it builds with no container registry and no
# daemon, only a JDK with its jmods on Linux. Libraries of desktop features a headless service never
# loads (AWT, fonts, sound, image codecs) are left out with their dependencies (X11, freetype, ...).
set -euo pipefail

java_home=$1
out=$2
modules=$3

# made from the same JDK and modules as last time: the runtime in $out is still right (the marker sits
# beside it, not in it, which would put it in the image)
made_from="$java_home $modules $(cksum < "$java_home/release")"
if [ -f "$out.made-from" ] && [ "$(cat "$out.made-from")" = "$made_from" ]; then
  echo "runtime for the image: up to date in $out"
  exit 0
fi

rm -rf "$out" "$out.made-from"
mkdir -p "$out/opt"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --output "$out/opt/java"

loaded=$(find "$out/opt/java/bin/java" "$out/opt/java/lib" -type f \( -name java -o -name '*.so' \) \
  ! -name 'libawt*' ! -name 'libfontmanager.so' ! -name 'libjavajpeg.so' ! -name 'liblcms.so' \
  ! -name 'libmlib_image.so' ! -name 'libsplashscreen.so' ! -name 'libjsound.so' ! -name 'libjawt.so')

# every library ldd resolves outside the runtime, and the dynamic loader itself
libraries=$(for f in $loaded; do ldd "$f"; done \
  | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' \
  | grep -v "^$out" | sort -u)
# glibc loads libgcc_s at run time (thread unwinding), so ldd never lists it; awk reads to the end, since leaving
# early would kill ldconfig with SIGPIPE and fail the pipeline (pipefail) when the cache is longer than a pipe holds
libgcc=$(ldconfig -p 2>/dev/null | awk '!found && $1 == "libgcc_s.so.1" && /x86-64|aarch64/ { print $NF; found = 1 }')
for lib in $libraries $libgcc; do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done

# the C.UTF-8 locale, so the program's text and file names are UTF-8 (LANG=C.UTF-8 in the image)
if [ -d /usr/lib/locale/C.utf8 ]; then
  mkdir -p "$out/usr/lib/locale"
  cp -R /usr/lib/locale/C.utf8 "$out/usr/lib/locale/"
fi

# the licences of the copied libraries, where the system keeps them (Debian, Ubuntu)
if command -v dpkg >/dev/null 2>&1; then
  for lib in $libraries $libgcc; do
    dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true
  done | cut -d: -f1 | sort -u | while read -r package; do
    if [ -f "/usr/share/doc/$package/copyright" ]; then
      mkdir -p "$out/usr/share/doc/$package"
      cp "/usr/share/doc/$package/copyright" "$out/usr/share/doc/$package/"
    fi
  done
fi

# an empty, writable /tmp (the JVM writes its performance data there)
mkdir -p "$out/tmp"
echo "$made_from" > "$out.made-from"
echo "runtime for the image: $(du -sh "$out" | cut -f1) in $out"
