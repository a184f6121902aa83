// The account and the approval queue: Request info and List requests (with the "already
// decided" sentence made from a request), user/me, an order placed and the alternate-id
// lookup, reissue and revoke replies, the filter choices, custom fields and products.
#include "FuzzInput.h"
#include "core/ApprovalRequest.h"
#include "core/CustomField.h"
#include "core/FilterChoice.h"
#include "core/LifecycleResult.h"
#include "core/PlacedOrder.h"
#include "core/Product.h"
#include "core/RequestDecision.h"
#include "core/UserInfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const FuzzInput in(data, size);
    const unsigned variant = in.selector / 10;
    QString error;
    switch (in.selector % 10) {
    case 0: {
        ApprovalRequest request;
        if (ApprovalRequest::fromJson(in.body, &request, &error))
            (void)RequestDecision::alreadyDecidedMessage(request);
        break;
    }
    case 1: {
        ApprovalRequestBatch page;
        (void)ApprovalRequestBatch::fromJson(in.body, &page, &error);
        break;
    }
    case 2: {
        UserInfo user;
        (void)UserInfo::fromJson(in.body, &user, &error);
        break;
    }
    case 3: {
        PlacedOrder placed;
        (void)PlacedOrder::fromPlaceReply(in.body, &placed, &error);
        break;
    }
    case 4: {
        QList<PlacedOrder> found;
        (void)PlacedOrder::listFromLookup(in.body, &found, &error);
        break;
    }
    case 5: {
        LifecycleResult result;
        (void)LifecycleResult::fromReissueReply(in.body, &result, &error);
        break;
    }
    case 6: {
        // The revoke reply is read with its status: 201 (a request) or 204 (done, no body).
        static const int statuses[] = {200, 201, 204, 400};
        LifecycleResult result;
        (void)LifecycleResult::fromRevokeReply(in.body, statuses[variant % 4], &result, &error);
        break;
    }
    case 7: {
        static const FilterChoice::Kind kinds[] = {FilterChoice::Kind::Product,
                                                   FilterChoice::Kind::Organization,
                                                   FilterChoice::Kind::Container};
        QList<FilterChoice> choices;
        (void)FilterChoice::listFromJson(kinds[variant % 3], in.body, &choices, &error);
        break;
    }
    case 8: {
        QList<CustomField> fields;
        if (CustomField::listFromBody(in.body, &fields, &error))
            for (const CustomField &field : std::as_const(fields)) {
                (void)field.dataTypeText();
                (void)field.problem(QStringLiteral("a@example.com"));
                (void)field.problem(QStringLiteral("12345"));
                (void)field.problem(QString());
            }
        break;
    }
    case 9: {
        QList<Product> products;
        (void)Product::listFromJson(in.body, &products, &error);
        break;
    }
    }
    return 0;
}
