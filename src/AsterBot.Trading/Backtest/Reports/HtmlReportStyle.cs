namespace AsterBot.Trading.Backtest.Reports;

/// <summary>The report's stylesheet, inline so the file needs nothing else (system fonts only).</summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        :root{--bg:#f6f7f9;--panel:#fff;--ink:#1d2430;--muted:#6b7482;--line:#e3e6eb;--good:#10893e;--bad:#d1342f;--blue:#2f6fde}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        main{max-width:1160px;margin:0 auto;padding:28px 24px 48px}
        h1{font-size:24px;margin:0 0 2px}
        h2{font-size:16px;margin:0 0 6px}
        h3{font-size:14px;margin:16px 0 6px}
        section{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:16px 18px;margin-top:18px}
        .muted{color:var(--muted);margin:0}
        .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;background:none;border:none;padding:0}
        .card{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
        .card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
        .card .value{font-size:26px;font-weight:650;margin:2px 0}
        .card .note{color:var(--muted);font-size:12px}
        .good{color:var(--good)} .bad{color:var(--bad)}
        .legend{color:var(--muted);font-size:12px;margin:0 0 6px}
        .key{display:inline-block;width:14px;height:10px;margin:0 4px 0 10px;border-radius:2px;vertical-align:middle}
        .equity-key{background:var(--blue)} .dd-key{background:rgba(209,52,47,.35)} .base-key{border-top:2px dashed #8a93a0;height:0}
        .range-key{background:rgba(47,111,222,.18)}
        .gap-key{background:rgba(229,72,77,.25)}
        .tri{margin:0 4px 0 10px} .tri.up{color:var(--good)} .tri.down{color:var(--bad)}
        svg.chart{width:100%;height:auto;display:block}
        .grid{stroke:var(--line);stroke-width:1} .frame{stroke:#c9ced6;stroke-width:1}
        .axis{fill:var(--muted);font-size:11px}
        .equity{fill:none;stroke:var(--blue);stroke-width:1.8;stroke-linejoin:round}
        .equity-area{fill:rgba(47,111,222,.07)}
        .drawdown{fill:rgba(209,52,47,.30);stroke:none}
        .baseline{stroke:#8a93a0;stroke-width:1;stroke-dasharray:5 4}
        .range{fill:rgba(47,111,222,.16)}
        .gap{fill:rgba(229,72,77,.18)}
        .price{fill:none;stroke:#30445f;stroke-width:1.2;stroke-linejoin:round}
        path.buy{fill:var(--good);stroke:#fff;stroke-width:.8} path.sell{fill:var(--bad);stroke:#fff;stroke-width:.8}
        table{border-collapse:collapse;width:100%;font-size:13px}
        th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}
        thead th{color:var(--muted);font-weight:600;font-size:12px}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .settings th{width:220px;color:var(--muted);font-weight:500}
        @media (max-width:800px){.cards{grid-template-columns:repeat(2,1fr)}}
        """;
}
