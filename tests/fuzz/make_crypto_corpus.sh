#!/usr/bin/env bash
# Writes the OpenSSL-made seeds of tests/fuzz/corpus: CSRs (PEM, bare base64, DER), a
# certificate chain, private keys and PKCS#12 files. Small keys on purpose (fast runs; the
# decoders' size checks are what reports them). The first byte of a seed is the selector of
# its target (see each fuzz_*.cpp). Run from anywhere; rewrites the crypto_* seeds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

seed() { # seed <target> <name> <selector byte, decimal or -> <file>
    mkdir -p "$here/corpus/$1"
    if [ "$3" = "-" ]; then
        cp "$4" "$here/corpus/$1/crypto_$2"
    else
        { printf "\\$(printf '%03o' "$3")"; cat "$4"; } >"$here/corpus/$1/crypto_$2"
    fi
}
rm -f "$here"/corpus/*/crypto_*

openssl ecparam -name prime256v1 -genkey -noout -out ec.key 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in ec.key -out ec.p8
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa.key 2>/dev/null
openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 1 -passout pass:secret -in ec.key -out ec.enc

# CSRs: PEM with two names, the same without BEGIN/END lines, DER, an RSA one.
openssl req -new -key ec.key -subj "/CN=example.com/O=Example Corp" \
    -addext "subjectAltName=DNS:example.com,DNS:www.example.com" -out ec.csr
openssl req -new -key rsa.key -subj "/CN=shop.example.com" -out rsa.csr
openssl req -in ec.csr -outform DER -out ec.csr.der
grep -v -- "-----" ec.csr >ec.csr.b64
seed fuzz_csr csr_ec_pem - ec.csr
seed fuzz_csr csr_rsa_pem - rsa.csr
seed fuzz_csr csr_base64 - ec.csr.b64
seed fuzz_csr csr_der - ec.csr.der

# A CA and a leaf issued by it: the PEM chain of a download (leaf first).
openssl req -x509 -new -key rsa.key -subj "/CN=Fuzz Root CA" -days 3650 -out ca.pem
openssl req -new -key ec.key -subj "/CN=shop.example.com" -out leaf.csr
printf "subjectAltName=DNS:shop.example.com\n" >leaf.ext
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey rsa.key -set_serial 0x0A1B -days 365 \
    -extfile leaf.ext -out leaf.pem 2>/dev/null
cat leaf.pem ca.pem >chain.pem
seed fuzz_certificate chain 0 chain.pem
seed fuzz_certificate leaf 0 leaf.pem
seed fuzz_certificate key_ec_sec1 1 ec.key
seed fuzz_certificate key_ec_pkcs8 1 ec.p8
seed fuzz_certificate key_rsa_pkcs8 1 rsa.key
seed fuzz_certificate key_encrypted 1 ec.enc

# PKCS#12: selector 0 reads with the empty passphrase, 1 with "fuzzing-pass". One iteration
# keeps the fuzzer fast; one file with the defaults (as Pkcs12Bundle writes them).
openssl pkcs12 -export -inkey ec.key -in leaf.pem -certfile ca.pem -name shop.example.com \
    -passout pass: -iter 1 -maciter -out empty.p12
openssl pkcs12 -export -inkey ec.key -in leaf.pem -certfile ca.pem -name shop.example.com \
    -passout pass:fuzzing-pass -iter 1 -maciter -macalg sha256 -out pass.p12
openssl pkcs12 -export -inkey ec.key -in leaf.pem -passout pass:fuzzing-pass \
    -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 -out default.p12
openssl pkcs12 -export -inkey ec.key -in leaf.pem -passout pass:fuzzing-pass -nomac \
    -iter 1 -out nomac.p12
seed fuzz_pkcs12 empty_passphrase 0 empty.p12
seed fuzz_pkcs12 passphrase 1 pass.p12
seed fuzz_pkcs12 aes_defaults 1 default.p12
seed fuzz_pkcs12 no_mac 1 nomac.p12
