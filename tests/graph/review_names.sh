#!/usr/bin/env bash
# `mechgraph show` finds the curated nodes by the names the two reviews use.
set -u
bin=$1
fail=0
while IFS= read -r name; do
  [ -z "$name" ] && continue
  "$bin" show "$name" >/dev/null 2>/tmp/review_names.$$ || { echo "not found: '$name': $(cat /tmp/review_names.$$)" >&2; fail=1; }
done <<'NAMES'
iMSC-EVs
iPSC-MSC
iMSC-exo
miR-105-5p
cAMP-specific hydrolase
Sirt6
SK1
sphingosine kinase 1
sphingosine-1-phosphate
specificity protein 1
COX-2
Sug1
BMP12
TGF-β3
TGF-β1
TGF-beta1
TNF-α
IFN-γ
IL-1β
IL-10
TSG-6
TRAIL
IL-24
BRCA1
NF-κB
Smad3
CCL2
CXCL8
HIF-1α
VEGF
IL-6
HMGB1
Caspase3
Bax
OPN
OCN
RUNX2
miR-432-5p
TRAM2
ICOSL
CD40
Tfh
Th17
Treg
M2 macrophage
EphA4
CDKN2C
FoxO1
miR-21-5p
miR-486-5p
DUSP2
STAT3
Shn3
SLIT3
RANKL
IVDD
intervertebral disc degeneration
Sjögren's syndrome
ONFH
osteoarthritis
atopic dermatitis
acute kidney injury
renal I/R injury
hepatic I/R injury
NAMES
rm -f /tmp/review_names.$$
exit $fail
