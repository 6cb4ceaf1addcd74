using Quartet.Platform.Http;

namespace Quartet.Shop.Common;

/// <summary>The shop's machine error codes (spec §5), as exceptions the platform turns into problem+json.</summary>
public static class ShopErrors
{
    public static ProblemException ProductNotFound() => new(404, "PRODUCT_NOT_FOUND", "There is no such product.");

    public static ProblemException OrderNotFound() => new(404, "ORDER_NOT_FOUND", "There is no such order.");

    public static ProblemException EmployeeNotFound() => new(404, "EMPLOYEE_NOT_FOUND", "There is no such employee.");

    public static ProblemException NotOwner() => new(403, "NOT_OWNER", "This order belongs to someone else.");

    public static ProblemException InsufficientPoints(int balance, int needed) =>
        new(422, "INSUFFICIENT_POINTS", $"The balance of {balance} points does not cover {needed} points.");

    public static ProblemException TransactionCap(int max) =>
        new(422, "TRANSACTION_CAP_EXCEEDED", $"A single transaction may move at most {max} points.");

    public static ProblemException BalanceCap(int max) =>
        new(422, "BALANCE_CAP_EXCEEDED", $"A balance may not exceed {max} points.");

    public static ProblemException SelfAdjust() =>
        new(422, "SELF_ADJUST_FORBIDDEN", "You cannot grant or deduct your own points.");

    public static ProblemException InvalidOrderState(string status) =>
        new(409, "INVALID_ORDER_STATE", $"The order is {status}; this change is not possible.");

    public static ProblemException Validation(string field, string message) =>
        new(400, "VALIDATION_FAILED", message, new Dictionary<string, string[]> { [field] = [message] });
}
