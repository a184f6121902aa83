#include "core/OrderDetails.h"

#include "core/JsonRead.h"

OrderDetails OrderDetails::fromJson(const QJsonObject &o) {
    OrderDetails d;
    d.orderId = JsonRead::integer(o.value(QLatin1String("id")));
    d.comments = JsonRead::string(o.value(QLatin1String("comments"))).trimmed();
    d.cancelNote = JsonRead::string(o.value(QLatin1String("cancel_note"))).trimmed();
    d.dcvMethod = JsonRead::string(o.value(QLatin1String("dcv_method")));
    d.dcvScope = JsonRead::string(o.value(QLatin1String("certificate_dcv_scope")));
    d.customRenewalMessage =
        JsonRead::string(o.value(QLatin1String("custom_renewal_message"))).trimmed();
    d.renewalOfOrderId = JsonRead::integer(o.value(QLatin1String("renewal_of_order_id")));
    d.orderValidTill = JsonRead::date(o.value(QLatin1String("order_valid_till")));
    d.additionalEmails = JsonRead::stringList(o.value(QLatin1String("additional_emails")));
    d.csProvisioningMethod = JsonRead::string(o.value(QLatin1String("cs_provisioning_method")));
    d.hardwareInitCode = JsonRead::string(o.value(QLatin1String("hardware_init_code")));
    // The current certificate's CSR, which a reissue may use again.
    d.csr = JsonRead::string(
                o.value(QLatin1String("certificate")).toObject().value(QLatin1String("csr")))
                .toLatin1();
    d.requester = OrderContact::fromJson(o.value(QLatin1String("user")).toObject());
    d.organizationContact =
        OrderContact::fromJson(o.value(QLatin1String("organization_contact")).toObject());
    d.technicalContact =
        OrderContact::fromJson(o.value(QLatin1String("technical_contact")).toObject());
    return d;
}
