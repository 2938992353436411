/** The server's messages about one control, under it; the control points here with aria-describedby. */
export function FieldMessages({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="space-y-0.5">
      {messages.map((message) => (
        <p key={message} className="text-xs text-red-700">
          {message}
        </p>
      ))}
    </div>
  );
}
