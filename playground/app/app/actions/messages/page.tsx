import { getMessages } from "../_lib/store";
import { MessageBoard } from "../_lib/message-board";

// Shows in-memory server data: render on every request (vinext has no cache for revalidatePath to purge yet).
export const dynamic = "force-dynamic";

export default function MessagesPage() {
  const messages = getMessages();
  return (
    <section>
      <h1>useOptimistic and revalidatePath</h1>
      <p data-testid="message-count">server count: {messages.length}</p>
      <p data-testid="rendered-at">{Date.now()}</p>
      <MessageBoard messages={messages} />
    </section>
  );
}
