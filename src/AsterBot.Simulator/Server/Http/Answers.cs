using AsterBot.Simulator.Server.Json;

namespace AsterBot.Simulator.Server.Http;

/// <summary>Shorthands for handlers: a JSON object answer or a JSON array of items.</summary>
public static class Answers
{
    public static ValueTask<AsterResult> Ok(Action<AsterJsonWriter> write) => ValueTask.FromResult(new AsterResult(write));

    public static ValueTask<AsterResult> OkArray<T>(IEnumerable<T> items, Action<AsterJsonWriter, T> write) =>
        ValueTask.FromResult(new AsterResult(w =>
        {
            w.StartArray();
            foreach (var item in items) write(w, item);
            w.EndArray();
        }));
}
