using AsterBot.Simulator.Server.Json;

namespace AsterBot.Simulator.Server.Http;

/// <summary>A successful answer: a JSON body written on demand (so the V3 string-id switch applies late).</summary>
public sealed record AsterResult(Action<AsterJsonWriter> Write, int Status = 200)
{
    public static readonly AsterResult EmptyObject = new(w => { w.StartObject(); w.EndObject(); });

    public static AsterResult Success(string msg = "success") => new(w =>
    {
        w.StartObject();
        w.Int("code", 200);
        w.String("msg", msg);
        w.EndObject();
    });
}
