#!/usr/bin/env bash
# Makes the scans of this folder: generated reports with known values (formats/corpus/files/html) typeset in the
# official template's real look (official_look.py: Word-style 0.5 pt tables, grey header bands, the vertical
# 三、本年度办理结果, wrapped label cells, small label type, SimSun-like serif, `- N -` page numbers, table 三 over
# two pages with or without its header repeated), printed to PDF by LibreOffice, rasterized by pdftoppm, degraded
# like a scanner (ImageMagick: grey or bitonal, JPEG quality, tilt) and wrapped as image-only PDFs by img2pdf,
# declaring their real resolution or the 72/96 ppi scanners often write. The expected values are the corpus's own.
# Not run by the build (CI has no LibreOffice): its output is committed.
# Needs (Debian): libreoffice-writer-nogui fonts-noto-cjk poppler-utils imagemagick img2pdf.
#
#   name                     source ed.   look                            dpi  pages              declares
#   syn02-150-grey           syn02  2019  D9 bands, header not repeated   150  grey JPEG q75      150
#   syn08-200-tilt-at96      syn08  2021  D9 bands, header repeated       200  grey JPEG q60 0.7° 96
#   syn03-300-bitonal-at72   syn03  2019  BF bands, header repeated       300  bitonal G4 -0.4°   72
#   syn09-150-tilt-at72      syn09  2021  BF bands, header not repeated   150  grey JPEG q85 -1°  72
#   syn05-200-bitonal        syn05  2019  D9 bands, header repeated       200  bitonal G4         200
#   syn12-300-grey-at96      syn12  2021  D9 bands, header not repeated   300  grey JPEG q60 0.3° 96
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../../../../../../formats/corpus/files/html"
convert=/usr/bin/convert # ImageMagick itself, not a stand-in earlier on PATH
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# name source dpi mode(grey|bitonal) quality angle declared-ppi official_look-options...
scan() {
    local name=$1 source=$2 dpi=$3 mode=$4 quality=$5 angle=$6 declared=$7
    shift 7
    python3 "$here/official_look.py" "$corpus/$source.html" "$work/$name.html" "$@"
    # HTML -> Writer document (real merged cells, shading, repeated header rows) -> Word's black rules -> PDF
    soffice --headless --convert-to odt --infilter="HTML (StarWriter)" --outdir "$work" "$work/$name.html" > /dev/null
    python3 "$here/official_look.py" --word-rules "$work/$name.odt"
    soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$name.odt" > /dev/null
    pdftoppm -r "$dpi" -gray -png "$work/$name.pdf" "$work/$name"
    local pages=()
    for png in "$work/$name"-*.png; do
        local size turn=(-background white -rotate "$angle" -gravity center)
        size="$(/usr/bin/identify -format '%wx%h' "$png")"
        if [ "$mode" = bitonal ]; then
            local tif="${png%.png}.tif" # a fax-like scan: thresholded, CCITT G4
            $convert "$png" "${turn[@]}" -extent "$size" +repage -colorspace Gray -threshold 55% -monochrome \
                -compress Group4 -units PixelsPerInch -density "$declared" "$tif"
            pages+=("$tif")
        else
            local jpg="${png%.png}.jpg"
            $convert "$png" -seed 7 "${turn[@]}" -extent "$size" +repage -attenuate 0.1 +noise Gaussian -colorspace Gray \
                -quality "$quality" -units PixelsPerInch -density "$declared" "$jpg"
            pages+=("$jpg")
        fi
    done
    img2pdf --creationdate 2026-01-01 --moddate 2026-01-01 "${pages[@]}" -o "$here/$name.pdf"
    cp "$corpus/$source.expected.json" "$here/$name.expected.json"
}

scan syn02-150-grey syn02 150 grey 75 0 150 --shade D9D9D9
scan syn08-200-tilt-at96 syn08 200 grey 60 0.7 96 --shade D9D9D9 --repeat-header
scan syn03-300-bitonal-at72 syn03 300 bitonal 0 -0.4 72 --shade BFBFBF --repeat-header
scan syn09-150-tilt-at72 syn09 150 grey 85 -1 72 --shade BFBFBF
scan syn05-200-bitonal syn05 200 bitonal 0 0 200 --shade D9D9D9 --repeat-header
scan syn12-300-grey-at96 syn12 300 grey 60 0.3 96 --shade D9D9D9
ls -l "$here"/*.pdf
