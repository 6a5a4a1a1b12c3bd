using CoProWidgets.Email;
using CoProWidgets.GetInvolved;
using CoProWidgets.Storage;

namespace CoProWidgets.Outcomes;

/// <summary>An outcome's update goes only to someone still confirmed who still wants updates by email.</summary>
internal sealed class OutcomeRecipients : IOutboxRecipients
{
    public Task<OutboxRecipient> CheckAsync(CoProDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Kind == OutcomeNotifier.Kind
            ? SignUpRecipients.StateOfAsync(db, message.Recipient, wantsUpdates: true, cancellationToken)
            : Task.FromResult(OutboxRecipient.May);
    }
}
