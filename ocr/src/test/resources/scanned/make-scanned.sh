#!/usr/bin/env bash
# Makes the scanned-report fixtures of this folder from the generated corpus's PDFs (formats/corpus/files/pdf,
# LibreOffice renderings of generated reports with known values): each page rendered to a greyscale image
# (pdftoppm), some turned a little and given noise (ImageMagick), then put back together as an image-only PDF
# (img2pdf, JPEG pages: no text layer). The expected values are the corpus's own. Not run by the build: its output
# is committed. Needs: poppler-utils, imagemagick, img2pdf (Debian packages).
#
#   name            source  dpi  treatment
#   syn01-150       syn01   150  straight, clean              (2019 edition)
#   syn04-300-tilt  syn04   300  turned 0.6 degrees, light noise    (2019 edition, no date)
#   syn07-150-tilt  syn07   150  turned -0.5 degrees, noise    (2021 edition)
#   syn11-300       syn11   300  straight, light noise         (2021 edition)
#   syn11-mixed     syn11        page 1 the original (text layer), pages 2-3 those of syn11-300: a mixed PDF
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../../../../../formats/corpus/files/pdf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

scan() { # name source dpi angle noise
    local name=$1 source=$2 dpi=$3 angle=$4 noise=$5
    pdftoppm -r "$dpi" -gray -png "$corpus/$source.pdf" "$work/$name"
    local pages=()
    for png in "$work/$name"-*.png; do
        local jpg="${png%.png}.jpg"
        # a scanner's page: turned a little (white brought in at the corners), grain, greyscale JPEG
        convert "$png" -seed 11 -background white -rotate "$angle" -gravity center -extent "$(identify -format '%wx%h' "$png")" \
            -attenuate "$noise" +noise Gaussian -colorspace Gray -quality 60 -units PixelsPerInch -density "$dpi" "$jpg"
        pages+=("$jpg")
    done
    img2pdf --creationdate 2026-01-01 --moddate 2026-01-01 "${pages[@]}" -o "$here/$name.pdf"
    cp "$corpus/$source.expected.json" "$here/$name.expected.json"
}

scan syn01-150 syn01 150 0 0
scan syn04-300-tilt syn04 300 0.6 0.3
scan syn07-150-tilt syn07 150 -0.5 0.4
scan syn11-300 syn11 300 0 0.1
pdfseparate -f 1 -l 1 "$corpus/syn11.pdf" "$work/text-%d.pdf"
pdfseparate -f 2 -l 3 "$here/syn11-300.pdf" "$work/scan-%d.pdf"
pdfunite "$work/text-1.pdf" "$work/scan-2.pdf" "$work/scan-3.pdf" "$here/syn11-mixed.pdf"
cp "$corpus/syn11.expected.json" "$here/syn11-mixed.expected.json"
ls -l "$here"/*.pdf
