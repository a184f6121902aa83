#!/usr/bin/env python3
"""Writes the JSON and text seeds of tests/fuzz/corpus (the certificate, key and PKCS#12 seeds
come from make_crypto_corpus.sh). Each seed is the selector byte of its target (which decoder
reads it) and the body. The bodies are the examples of the CertCentral reference and of
sandbox/README.md, cut to what the decoders read. Run from tests/fuzz; rewrites the files."""
import json
import os
import pathlib

S = {}  # target -> list of (name, selector, body)


def add(target, name, selector, body):
    if not isinstance(body, (bytes, str)):
        body = json.dumps(body, separators=(",", ":"))
    if isinstance(body, str):
        body = body.encode()
    S.setdefault(target, []).append((name, selector, body))


REQUESTER = {"id": 1004, "first_name": "Dana", "last_name": "User", "email": "dana.user@example.com"}
ORDER = {"id": 100001, "status": "issued", "is_renewed": False,
         "date_created": "2025-05-29T16:06:00+00:00", "validity_years": 1, "price": "399.00",
         "currency": "USD", "product_name_id": "ssl_securesite_flex",
         "product": {"name_id": "ssl_securesite_flex", "name": "Secure Site OV", "type": "ssl_certificate"},
         "container": {"id": 101, "name": "EMEA"},
         "organization": {"id": 3028, "name": "Olive Grove Hotels S.A."},
         "certificate": {"id": 200001, "common_name": "olivegrove-hotels.example",
                         "dns_names": ["olivegrove-hotels.example"], "signature_hash": "sha256",
                         "valid_till": "2027-01-03", "days_remaining": 42}}
PAGE = {"total": 2500, "limit": 1, "offset": 0}
ERRORS = {"errors": [{"code": "time_frame_too_long",
                      "message": "An error occurred while processing your request."}]}

# fuzz_order_json: 0 OrderBatch, 1 Order (Qt), 2 OrderDetails, 3 OrderValidation,
# 4 StatusChange, 5 Qt/simdjson differential, 6 CertificateRecord (+7: duplicates)
add("fuzz_order_json", "order_page", 0, {"page": PAGE, "orders": [ORDER]})
add("fuzz_order_json", "order_page_odd", 0,
    '{"page":{"total":"3","limit":1000,"offset":0},"orders":[1,{"id":"x"},{"id":2.5},'
    '{"id":9007199254740993},{"id":7,"certificate":{"dns_names":[" "]},"price":12.5}]}')
add("fuzz_order_json", "order_page_truncated", 0, '{"page":{"total":1},"orders":[{"id":1')
add("fuzz_order_json", "order_page_html", 0, "<html><body>Gateway Timeout</body></html>")
add("fuzz_order_json", "order", 1, dict(ORDER, requests=[
    {"id": 400013, "date": "2026-02-04T11:45:14+00:00", "type": "reissue", "status": "pending",
     "comments": ""}], auto_renew=1, alternative_order_id="a1b2"))
add("fuzz_order_json", "order_details", 2,
    {"id": 100501, "comments": "Renew before the trade fair", "cancel_note": "Duplicate order",
     "dcv_method": "dns-txt-token", "certificate_dcv_scope": "fqdn",
     "renewal_of_order_id": "100400", "additional_emails": ["ops@example.com"],
     "user": {"first_name": "Ada", "last_name": "Admin", "email": "ada@example.com"},
     "organization_contact": {"first_name": "Gia", "last_name": "Rahman", "email": "gia@example.com",
                              "job_title": "CEO", "telephone": "+1 555 0100"},
     "technical_contact": {"first_name": " Tom ", "last_name": "Tech", "email": "tom@example.com"}})
add("fuzz_order_json", "order_validation", 3,
    {"order_id": "100301", "order_status": "pending", "order_name_scope": "base_domain",
     "order_dcv_method": "dns-txt-token",
     "dns_name_validations": [{"dns_names": ["shop.bluebird.test"], "status": "unapproved",
                               "method": "dns-txt-token", "base_domain": "bluebird.test",
                               "name_scope": "bluebird.test"}],
     "risk_status": "passed"})
add("fuzz_order_json", "status_changes", 4,
    {"orders": [{"order_id": 112233, "certificate_id": 123456, "status": "issued"}]})
add("fuzz_order_json", "differential_order", 5, ORDER)
add("fuzz_order_json", "differential_numbers", 5,
    '{"id":1e3,"certificate":{"id":"42","key_size":2048.0,"days_remaining":-1},'
    '"validity_years":"2","price":0.1,"organization":{"id":9007199254740992}}')
add("fuzz_order_json", "reissues", 6,
    {"certificates": [{"id": 200305, "status": "issued", "common_name": "example.com",
                       "dns_names": ["example.com", "www.example.com"],
                       "date_created": "2026-03-04T12:00:00+00:00", "valid_from": "2026-03-04",
                       "valid_till": "2027-03-04", "serial_number": "0A1B", "thumbprint": "FF00",
                       "signature_hash": "sha256", "key_size": 2048,
                       "server_platform": {"id": 2, "name": "Apache"}},
                      {"id": 200306, "status": "revoked", "date_revoked": "2026-05-01T08:00:00+00:00",
                       "revocation_reason": "key_compromise"}]})
add("fuzz_order_json", "duplicates", 13, {"certificates": [{"id": "12", "key_size": 999999999,
                                                            "dns_names": [1, 2]}]})

# fuzz_domain_org_json: 0 Domain, 1 DomainBatch, 2 Organization, 3 OrganizationBatch,
# 4 OrganizationValidation, 5 OrganizationContact, 6 VerifiedContact
DOMAIN = {"id": 5001, "name": "example.com", "is_active": True, "status": "active",
          "date_created": "2023-09-16T12:00:00+00:00",
          "organization": {"id": 3001, "name": "Example Corp"}, "container": {"id": 100, "name": "Example Corp"},
          "dcv_method": "email", "dcv_approval_datetime": "2026-01-23T12:00:00+00:00",
          "dcv_expiration": {"ov": "2027-02-24", "ev": "2027-02-24"},
          "validations": [{"type": "ov", "name": "OV", "description": "Normal Organization Validation",
                           "status": "completed", "date_created": "2026-01-22T12:00:00+00:00",
                           "validated_until": "2026-12-29", "dcv_status": "complete"}]}
CONTACT = {"id": 11, "first_name": "Gia", "last_name": "Rahman", "email": "gia@example.com",
           "job_title": "CEO", "telephone": "+1 555 0100", "telephone_extension": "12"}
ORG = {"id": 3001, "status": "active", "name": "Example Corp", "display_name": "Example Corp",
       "assumed_name": "Example", "is_active": True, "date_created": "2023-09-16T12:00:00+00:00",
       "address": "1 Main St", "city": "Lehi", "state": "UT", "zip": "84043", "country": "us",
       "telephone": "+1 555 0100", "container": {"id": 100, "name": "Example Corp"},
       "organization_contact": CONTACT, "technical_contact": CONTACT,
       "validations": DOMAIN["validations"]}
VALIDATIONS = {"validations": [
    {"type": "ov", "name": "OV", "description": "Normal Organization Validation",
     "date_created": "2026-01-22T12:00:00+00:00", "validated_until": "2027-02-22", "status": "active"},
    {"type": "ev", "name": "EV", "status": "active",
     "verified_users": [{"id": 12, "first_name": "Jill", "last_name": "Valid"}]}]}
add("fuzz_domain_org_json", "domain", 0, DOMAIN)
add("fuzz_domain_org_json", "domain_page", 1, {"page": PAGE, "domains": [DOMAIN, 1, {"id": "x"}]})
add("fuzz_domain_org_json", "domain_page_empty", 1, '{"page":{"total":0,"limit":1000,"offset":0}}')
add("fuzz_domain_org_json", "organization", 2, ORG)
add("fuzz_domain_org_json", "organization_page", 3, {"page": PAGE, "organizations": [ORG, "junk"]})
add("fuzz_domain_org_json", "organization_validations", 4, VALIDATIONS)
add("fuzz_domain_org_json", "organization_contact", 5, CONTACT)
add("fuzz_domain_org_json", "verified_contacts", 6,
    {"verified_contacts": [{"id": 12, "first_name": "Jill", "last_name": "Valid",
                            "email": "jill@example.com", "job_title": "CFO",
                            "validations": [{"type": "ev", "name": "EV", "status": "active",
                                             "date_created": "2026-01-22T12:00:00+00:00"}]}]})

# fuzz_account_json: 0 ApprovalRequest, 1 ApprovalRequestBatch, 2 UserInfo, 3 PlacedOrder,
# 4 alternate-id lookup, 5 reissue reply, 6 revoke reply (+10 per status: 200 201 204 400),
# 7 FilterChoice (+10: organizations, +20: containers), 8 CustomField, 9 Product
REQUEST = {"id": 400310, "date": "2026-03-04T12:00:05+00:00", "type": "revoke", "status": "approved",
           "requester": REQUESTER, "comments": "I no longer need this cert.",
           "revocation_reason": "key_compromise", "revocation_date": "2026-03-01T08:00:00+01:00",
           "scope": "order", "date_processed": "2026-03-05T09:00:00+00:00",
           "processor": {"id": 1001, "first_name": "Ada", "last_name": "Admin",
                         "email": "ada.admin@example.com"},
           "processor_comment": "done",
           "order": {"id": "100020", "organization": {"id": 3001, "name": "Acme"},
                     "certificate": {"id": 200020, "common_name": "shop.example.com"}}}
add("fuzz_account_json", "request", 0, REQUEST)
add("fuzz_account_json", "request_page", 1,
    {"page": {"total": 30, "limit": 1, "offset": 0},
     "requests": [{"id": 400013, "date": "2026-02-04T11:45:14+00:00", "type": "reissue",
                   "status": "pending", "comments": "", "requester": REQUESTER,
                   "order": {"id": 100013, "status": "reissue_pending", "price": "299.00",
                             "container": {"id": 100, "name": "Example Corp"},
                             "product": {"name_id": "wildcard_dv_geotrust",
                                         "name": "GeoTrust Wildcard DV SSL", "type": "ssl_certificate"},
                             "certificate": {"common_name": "*.violet-florist.example",
                                             "dns_names": ["*.violet-florist.example"]}}}]})
add("fuzz_account_json", "user", 2,
    {"id": 1001, "first_name": "Ada", "last_name": "Admin", "email": "a@example.com",
     "container": {"id": 100, "name": "Example Corp"},
     "access_roles": [{"id": 1, "name": "Administrator", "name_id": "admin"}]})
add("fuzz_account_json", "user_role_names", 2,
    '{"id":6,"email":"l@example.com","access_roles":["limited_user","limited_user"]}')
add("fuzz_account_json", "placed_order", 3, {"id": 100301, "certificate_id": 200301})
add("fuzz_account_json", "placed_order_request", 3,
    {"id": 100301, "requests": [{"id": 77, "status": "pending"}]})
add("fuzz_account_json", "alternate_lookup", 4,
    {"orders": [{"order_id": 1234567, "certificate_id": 2345678, "status": "pending"},
                {"order_id": 1234568, "certificate_id": 2345679, "status": "pending"}],
     "page": {"total": 2, "limit": 1000, "offset": 0}})
add("fuzz_account_json", "reissue_reply", 5,
    {"id": 100001, "requests": [{"id": "77", "status": "pending"}], "dcv_random_value": "abc"})
add("fuzz_account_json", "revoke_reply_201", 16,
    {"id": 400310, "date": "2026-03-04T12:00:05+00:00", "type": "revoke", "status": "pending",
     "requester": REQUESTER, "comments": "I no longer need this cert.",
     "revocation_reason": "unspecified"})
add("fuzz_account_json", "revoke_reply_204", 26, "")
add("fuzz_account_json", "products", 7,
    {"products": [{"name_id": "ssl_basic", "name": "Basic OV", "type": "ssl_certificate"}]})
add("fuzz_account_json", "organizations", 17,
    {"organizations": [{"id": 3001, "name": "Example Corp", "display_name": "Example Corp"}]})
add("fuzz_account_json", "containers", 27, {"containers": [{"id": 100, "name": "Example Corp"}]})
add("fuzz_account_json", "custom_fields", 8,
    {"metadata": [{"id": 12, "label": "Invoice", "is_required": True, "is_active": True,
                   "data_type": "text"}, {"id": 0, "label": "no id"},
                  {"id": 14, "label": "Old", "is_active": False, "data_type": "int"},
                  {"id": 15, "label": "Mail", "is_active": True, "data_type": "email_address"},
                  "junk"]})
add("fuzz_account_json", "product_list", 9,
    {"products": [{"name_id": "ssl_dv_geotrust", "name": "GeoTrust Standard DV",
                   "type": "dv_ssl_certificate", "validation_type": "dv",
                   "allowed_order_validity_years": [1, 2]},
                  {"name_id": "code_signing_ev", "name": "EV Code Signing",
                   "type": "code_signing_certificate", "validation_type": "ev_cs"}]})

# fuzz_finance_json: 0 BalanceHistoryBatch, 1 PaymentProfile list, 2 FundsTransfer (amount
# typed by a user), 4 AccountBalance
add("fuzz_finance_json", "balance_history", 0,
    {"adjustments": [{"id": "5335328", "container": {"id": 123456, "name": "Example Company",
                                                     "is_active": True},
                      "debit": "750.00", "transaction_type": "Charge",
                      "transaction_date": "2021-01-21 15:21:34", "balance_after": "8500.15",
                      "currency": "USD"},
                     {"id": "5", "container": {"id": 11223}, "credit": "195.00",
                      "transaction_type": "Credit", "receipt_id": "0",
                      "transaction_date": "2018-10-18 08:47:53", "balance_after": "441.00",
                      "note": "Payment for invoice #100001",
                      "expiration_date": "2022-01-21 00:00:00"}],
     "page": {"total": 2, "limit": 1000, "offset": 0}})
add("fuzz_finance_json", "payment_profile", 1,
    {"profiles": [{"id": 11, "is_default": True, "status": "active",
                   "credit_card": {"shortened_number": "************1111", "type": "visa",
                                   "expiration_month": 12, "expiration_year": 2027,
                                   "cardholder_name": "Jane Doe", "label": "Company card"},
                   "billing_email": "billing@example.com"}],
     "page": {"total": 1, "limit": 0, "offset": 0}})
add("fuzz_finance_json", "transfer_amount", 2, "1,000,000.00")
add("fuzz_finance_json", "balance", 4,
    {"balance": "25000.00", "currency": "USD", "unpaid_invoice_balance": "5000.00",
     "negative_balance_limit": "2000.00", "used_credit_from_other_containers": "0.00",
     "total_available_funds": "22000.00"})
add("fuzz_finance_json", "balance_negative", 4,
    {"balance": "-1000.70", "currency": "USD", "unpaid_invoice_balance": "0.00"})

# fuzz_api_error: the selector picks the status (400 401 403 404 409 429 500 502 503 504 ...)
add("fuzz_api_error", "errors_array", 0, ERRORS)
add("fuzz_api_error", "errors_object", 1,
    {"errors": {"code": "access_denied|access_denied_invalid_key", "message": "Bad key"}})
add("fuzz_api_error", "errors_description", 3,
    {"errors": [{"code": "not_found|order", "description": "Order not found"}]})
add("fuzz_api_error", "errors_two", 4,
    {"errors": [{"code": "a", "message": "one"}, {"code": "b", "message": "two"}]})
add("fuzz_api_error", "errors_string", 5, {"errors": "rate_limit"})
add("fuzz_api_error", "top_level_message", 6, {"message": "Internal error"})
add("fuzz_api_error", "html", 7, "<html><head><title>502 Bad Gateway</title></head></html>")

# fuzz_text: 0 Money::parseCents, 1 OrderCsv::parse, 2 KeySpec::parse, 3 ContactPaste::parse
for name, text in [("money", "454.00"), ("money_negative", "-1000.70"), ("money_one_decimal", " 1.5 "),
                   ("money_big", "999999999999999.99"), ("money_bad", "1,000.00")]:
    add("fuzz_text", name, 0, text)
add("fuzz_text", "csv", 1,
    'id,common_name,status,valid_till\r\n100001,olivegrove-hotels.example,issued,2027-01-03\r\n'
    '100002,"a, ""quoted"" name",pending,\r\n100003,\'=1+1,revoked,2026-01-01\n')
add("fuzz_text", "csv_multiline", 1, '"line one\nline two",x\r\n')
for name, text in [("key_rsa", "rsa:2048"), ("key_ec", "ec:p384")]:
    add("fuzz_text", name, 2, text)
add("fuzz_text", "contacts_tsv", 3,
    "First name\tLast name\tE-mail\tJob title\tTelephone\r\n"
    "Ann\tSmith\tann@example.com\tCTO\t+1 801 555 0100\t12\r\n"
    "Ben\tJones\tben@example.com\tCFO\t801-555-0101\n")
add("fuzz_text", "contacts_csv", 3,
    'Ann,"Smith, Jr.",ann@example.com,"Head of ""Security""",+44 20 7946 0000\n\n  Ben , Jones ,ben@example.com\n')

here = pathlib.Path(__file__).resolve().parent
for target, seeds in S.items():
    folder = here / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("seed_*"):
        old.unlink()
    for name, selector, body in seeds:
        (folder / f"seed_{name}").write_bytes(bytes([selector]) + body)
