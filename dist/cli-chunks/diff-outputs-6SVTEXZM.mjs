import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a as h,b as L}from"./chunk-W4DZHKSX.mjs";import{d as W,f as m,g as p,i as k,j as K,k as y,l as w}from"./chunk-R5YH57L3.mjs";import{a as g}from"./chunk-MOIIUYNM.mjs";import{a as T}from"./chunk-A6A2VC5N.mjs";import{a as E}from"./chunk-XE6LWZ5S.mjs";import{a as M}from"./chunk-F4CF32VT.mjs";import"./chunk-4QTZG5OP.mjs";import"./chunk-X4TZVJ6T.mjs";import{appendFileSync as Ee,writeFileSync as Me}from"node:fs";import{dirname as se}from"node:path";var ae=/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u2028\u2029]/g;function d(e){return e.replace(ae,t=>`<U+${t.charCodeAt(0).toString(16).toUpperCase().padStart(4,"0")}>`)}var ie=/[\\`*_{}[\]()<>#.!|~&@:$"'=^]/g;function i(e){return d(e.replace(/\r?\n|\t/g," ")).replace(ie,t=>`&#${t.charCodeAt(0)};`)}function u(e){return d(e).replace(/[&<>"']/g,t=>`&#${t.charCodeAt(0)};`)}function P(e,t=""){let n=Math.max(0,...(e.match(/`+/g)??[]).map(o=>o.length)),r="`".repeat(Math.max(3,n+1));return`${r}${t}
${d(e)}
${r}`}var B=e=>e===void 0?"—":i(e);function C(e,t=r=>`**${r}**`,n=" · "){let r=e.totals,o=[];if(W(r)===0)o.push(t(e.withheld.length?"No rendered changes in what could be compared.":"No rendered changes."));else{let s=e.targetNoun.replace(/s$/,"");o.push(`${t(`${K(r)} objects`)} across ${t(g(r.targets,s))} / ${t(g(r.workloads,"workload"))}`)}return r.hidden&&o.push(`${g(r.hidden,"change")} hidden by filters`),o.join(n)}function $(e){return[e.added&&`+${e.added}`,e.changed&&`~${e.changed}`,e.removed&&`-${e.removed}`].filter(Boolean).join(" ")}function le(e){let t=[];for(let n of[e.base,e.head]){if(n.ok)continue;let r=w(e,n.side),o=r.includes("*"),s=r.map(i),a=o?"every diff is withheld":`the diff of ${g(s.length,"deployment")} is withheld (${s.slice(0,10).join(", ")}${s.length>10?`, and ${s.length-10} more`:""})`;t.push({head:`> [!CAUTION]
> **${n.side} failed to render** (${g(n.errors.length,"error")}): ${a}, rather than shown as deletions.`,rows:n.errors.map(l=>`> - ${i(l)}`)})}return t}function ue(e){let t=e.filter(s=>s.level==="danger"),n=e.filter(s=>s.level==="caution"),r=[],o=s=>`> - ${s.workload?`${i(s.workload)}: `:""}${i(s.message)}`;return t.length&&r.push({head:`> [!CAUTION]
> **${g(t.length,"danger")}**`,rows:t.map(o)}),n.length&&r.push({head:`> [!WARNING]
> **${g(n.length,"caution")}**`,rows:n.map(o)}),r}var de=6;function ce(e){if(!e.matrix.length)return;let t=[...new Set(e.matrix.map(o=>o.workload))],n=o=>o?i(o):"(hub)",r=o=>`${o.environment}\0${o.target.kind}\0${o.target.wave??0}\0${o.target.name}`;if(t.length<=de){let o=new Map;for(let s of e.matrix)o.set(r(s),[...o.get(r(s))??[],s]);return{head:`| environment | ${e.targetNoun.replace(/s$/,"")} | ${t.map(n).join(" | ")} |
|---|---|${t.map(()=>"---|").join("")}`,rows:[...o.values()].map(s=>{let a=new Map(s.map(f=>[f.workload,f])),l=s[0];return`| ${l.environment?i(l.environment):"(hub)"} | ${i(p(l.target))} | ${t.map(f=>a.has(f)?$(a.get(f)):"").join(" | ")} |`})}}return{head:`| environment | ${e.targetNoun.replace(/s$/,"")} | workload | + | ~ | - |
|---|---|---|--:|--:|--:|`,rows:e.matrix.map(o=>`| ${o.environment?i(o.environment):"(hub)"} | ${i(p(o.target))} | ${n(o.workload)} | ${o.added} | ${o.changed} | ${o.removed} |`)}}function fe(e){if(e.revisions.length)return{head:`**Re-resolved references**

| deployment | reference | from | to |
|---|---|---|---|`,rows:e.revisions.map(t=>`| ${t.deployment?i(t.deployment):"—"} | ${i(t.reference)} | ${B(t.from)} | ${B(t.to)} |`)}}function me(e){if(e.images.length)return{head:`**Images**

| image | from | to | objects | workloads |
|---|---|---|--:|---|`,rows:e.images.map(t=>{let n=t.workloads.slice(0,3).map(i).join(", ")+(t.workloads.length>3?`, +${t.workloads.length-3} more`:"");return`| ${i(t.image)} | ${B(t.from)} | ${B(t.to)} | ${t.objects} | ${n} |`})}}function he(e){if(e.hidden.length)return{text:`<sub>Hidden by filters: ${e.hidden.map(t=>`${i(t.rule)} (${t.count})`).join(", ")}. Turn the defaults off with --no-default-ignores.</sub>`}}function V(e){return[{text:C(e)},...le(e),...ue(e.notes),ce(e),fe(e),me(e),he(e)].filter(t=>!!t)}var pe=`
:root { color-scheme: light dark; --add: #1a7f37; --del: #cf222e; --chg: #9a6700; --mute: #6e7781; --line: #d0d7de; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
.headline { font-size: 1.1rem; margin: 0; }
.sides, .lines { color: var(--mute); }
table { border-collapse: collapse; margin: .6rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .2rem .6rem; text-align: left; }
.alert { border-left: 4px solid var(--del); padding: .3rem .8rem; margin: .8rem 0; }
.alert.caution { border-color: var(--chg); }
.controls { position: sticky; top: 0; padding: .6rem 0; background: Canvas; border-bottom: 1px solid var(--line); display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
#filter { flex: 1 1 20rem; font: inherit; padding: .3rem .5rem; }
details { margin: .25rem 0 .25rem 1rem; }
details.target { margin-left: 0; }
summary { cursor: pointer; }
.work-title { margin: .4rem 0 .2rem 1rem; font-weight: 600; }
.mark { font-family: ui-monospace, monospace; font-weight: 700; }
.added > summary .mark, .add { color: var(--add); }
.removed > summary .mark, .del { color: var(--del); }
.changed > summary .mark { color: var(--chg); }
.hunk { color: var(--mute); }
pre.diff { font: 12px/1.4 ui-monospace, monospace; padding: .5rem; overflow-x: auto; border: 1px solid var(--line); margin: .2rem 0 .6rem 1rem; }
[hidden] { display: none !important; }
`,ge=`
(function () {
  var q = document.getElementById('filter');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.status'));
  var objects = Array.prototype.slice.call(document.querySelectorAll('.object'));
  function apply() {
    var terms = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var shown = 0;
    objects.forEach(function (o) {
      var path = o.getAttribute('data-path');
      var ok = on[o.getAttribute('data-status')] && terms.every(function (t) { return path.indexOf(t) >= 0; });
      o.hidden = !ok;
      if (ok) shown++;
    });
    ['.work', '.workload', '.target'].forEach(function (sel) {
      document.querySelectorAll(sel).forEach(function (g) { g.hidden = !g.querySelector('.object:not([hidden])'); });
    });
    document.getElementById('shown').textContent = shown + ' of ' + objects.length + ' objects shown';
  }
  q.addEventListener('input', apply);
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
`;function $e(e){return`<pre class="diff">${e.split(`
`).map(n=>{let r=n.startsWith("@@")?"hunk":n[0]==="+"?"add":n[0]==="-"?"del":"";return r?`<span class="${r}">${u(n)}</span>`:u(n)}).join(`
`)}</pre>`}function Y(e,t,n){let r=e.secret?' <span class="lines">(secret values redacted)</span>':"";return`<details class="object ${e.status}" data-status="${e.status}" data-path="${u(`${n} ${t}`.toLowerCase())}" open><summary><span class="mark">${k[e.status]}</span> ${u(t)} <span class="lines">+${e.added} -${e.removed}</span>${r}</summary>${$e(e.diff)}</details>`}function be(e,t){let n=m(e),r=[...e.self?[Y(e.self,y(e)?`${n} (the work's own fields)`:n,`${t} ${n}`)]:[],...e.objects.map(s=>Y(s,m(s),`${t} ${n}`))],o=e.moved?` <span class="moved">${u(e.moved)}</span>`:"";return`<div class="work"><div class="work-title"><span class="mark">${k[e.status]}</span> ${u(n)}${o}</div>${r.join("")}</div>`}function ke(e){let t=[];for(let n of e.environments)for(let r of n.targets){let o=p(r.target),s=r.workloads.map(a=>{let l=`${o} ${n.environment} ${a.workload}`;return`<details class="workload" open><summary>${u(a.workload||"(hub objects)")} <span class="lines">${$(a.counts)}</span></summary>${a.works.map(f=>be(f,l)).join("")}</details>`});t.push(`<details class="target" open><summary><b>${u(o)}</b> <span class="lines">${u(n.environment)} · ${$(r.counts)}</span></summary>${s.join("")}</details>`)}return t.join(`
`)}function N(e,t){return`<table><thead><tr>${e.map(n=>`<th>${u(n)}</th>`).join("")}</tr></thead><tbody>${t.map(n=>`<tr>${n.map(r=>`<td>${u(r)}</td>`).join("")}</tr>`).join("")}</tbody></table>`}function ve(e){let t=[];for(let n of[e.base,e.head]){if(n.ok)continue;let r=w(e,n.side).map(o=>o==="*"?"every deployment":o);t.push(`<div class="alert"><b>${n.side} failed to render</b>: diff withheld for ${u(r.join(", "))}<ul>${n.errors.map(o=>`<li><code>${u(o)}</code></li>`).join("")}</ul></div>`)}for(let n of["danger","caution"]){let r=e.notes.filter(o=>o.level===n);r.length&&t.push(`<div class="alert ${n}"><b>${g(r.length,n)}</b><ul>${r.map(o=>`<li>${u(o.workload?`${o.workload}: `:"")}${u(o.message)}</li>`).join("")}</ul></div>`)}return t.join(`
`)}function ye(e){let t=[],n=r=>r??"—";return e.matrix.length&&t.push(`<h2>Changes by ${u(e.targetNoun.replace(/s$/,""))} and workload</h2>`,N(["environment","target","workload","+","~","-"],e.matrix.map(r=>[r.environment,p(r.target),r.workload,String(r.added),String(r.changed),String(r.removed)]))),e.revisions.length&&t.push("<h2>Re-resolved references</h2>",N(["deployment","reference","from","to"],e.revisions.map(r=>[n(r.deployment||void 0),r.reference,n(r.from),n(r.to)]))),e.images.length&&t.push("<h2>Images</h2>",N(["image","from","to","objects","workloads"],e.images.map(r=>[r.image,n(r.from),n(r.to),String(r.objects),r.workloads.join(", ")]))),e.hidden.length&&t.push(`<p class="lines">Hidden by filters: ${u(e.hidden.map(r=>`${r.rule} (${r.count})`).join(", "))}</p>`),t.join(`
`)}function J(e){let t=r=>`${r.side} ${r.label}${r.commit?` (${r.commit.slice(0,12)})`:""}`,n=C(e,r=>r);return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hubcast diff: ${u(n)}</title>
<style>${pe}</style>
</head>
<body>
<header><h1>hubcast diff</h1><p class="headline">${u(n)}</p><p class="sides">${u(t(e.base))} → ${u(t(e.head))} · hubcast ${u(T)}</p></header>
${ve(e)}
${ye(e)}
<nav class="controls"><input id="filter" type="search" placeholder="Filter: cluster, workload, kind or name" aria-label="Filter objects">
<label><input type="checkbox" class="status" value="added" checked> added</label>
<label><input type="checkbox" class="status" value="changed" checked> changed</label>
<label><input type="checkbox" class="status" value="removed" checked> removed</label>
<span id="shown" class="lines"></span></nav>
<main id="tree">
${ke(e)}
</main>
<script>${ge}</script>
</body>
</html>
`}var j=e=>`<code>${k[e]}</code>`,we=e=>`<sub>+${e.added} -${e.removed}</sub>`;function Se(e,t,n){let r=e.diff,o=r.split(`
`),s="";t==="truncated"&&o.length>n.truncateLines&&(r=o.slice(0,n.truncateLines).join(`
`),s=`

<sub>… ${o.length-n.truncateLines} more lines not shown here</sub>`);let a=e.secret?`

<sub>Secret values are never shown: only their size, and whether they changed.</sub>`:"";return`${P(r,"diff")}${s}${a}`}function _(e,t,n,r){return n==="names"?`  - ${j(e.status)} ${i(t)} (+${e.added} -${e.removed})`:`<details open><summary>${j(e.status)} ${i(t)} ${we(e)}</summary>

${Se(e,n,r)}

</details>`}function xe(e,t,n){let r=[];if(!y(e))return e.self&&r.push(t==="names"?`- ${j(e.status)} ${i(m(e))}`:_(e.self,m(e),t,n)),r;let o=e.moved?` · ${i(e.moved)}`:"";r.push(t==="names"?`- ${j(e.status)} ${i(m(e))}${o}`:`**${j(e.status)} ${i(m(e))}**${o}`),e.self&&r.push(_(e.self,`${m(e)} (the work's own fields)`,t,n));for(let s of e.objects)r.push(_(s,m(s),t,n));return r}function G(e,t,n){let r=[];for(let o of e.environments)for(let s of o.targets){let a=o.environment?` · ${i(o.environment)}`:"",l=[];for(let f of s.workloads){let A=f.works.flatMap(I=>xe(I,t,n)),S=f.workload?i(f.workload):"(hub objects)";l.push(`<details open><summary>${S} · ${$(f.counts)}</summary>

${A.join(t==="names"?`
`:`

`)}

</details>`)}r.push({text:`<details><summary><b>${i(p(s.target))}</b>${a} · ${$(s.counts)}</summary>

${l.join(`

`)}

</details>`})}return r}var Ce=["full","truncated","names","counts"],je=6e4,Re=1e6,Ae=1024*1024,Ie={full:"full diffs",truncated:"diffs shortened per object",names:"object names only",counts:"counts only"},Te=/^[0-9a-f]{7,64}$/;function X(e){let t=e.commit&&Te.test(e.commit)?` <code>${e.commit.slice(0,12)}</code>`:"";return`${e.side} ${i(e.label)}${t}`}function F(e,t,n,r){let o=[];t!=="full"&&o.push(`<sub>Shortened to fit (${Ie[t]}). ${n}</sub>`);let s=r&&r[1]>1?` · part ${r[0]}/${r[1]}`:"";return o.push(`<sub>hubcast ${T} · ${X(e.base)} → ${X(e.head)}${s}</sub>`),o.join(`
`)}var q=e=>`### hubcast diff${e&&e[1]>1?` (part ${e[0]}/${e[1]})`:""}`;function Q(e){return"text"in e?e.text:[e.head,...e.rows].join(`
`)}function Le(e,t,n){return[t,...e.map(Q),n].join(`

`)}function z(e,t,n){return[...V(e),...t==="counts"?[]:G(e,t,{truncateLines:n})]}function Z(e,t,n){let[r,o]=n(999,999),s=Math.max(200,t-r.length-o.length-4),a=[[]],l=0,f=()=>a[a.length-1],A=()=>{f().length&&(a.push([]),l=0)},S=c=>{l+c.length+2>s&&A();let v=c.length+2>s?`${c.slice(0,s-40)}
… (cut)`:c;f().push(v),l+=v.length+2};for(let c of e){let v=Q(c);if("text"in c||l+v.length+2<=s){S(v);continue}let b=[],x=c.head.length;for(let O of c.rows)l+x+O.length+3>s&&(b.length&&S([c.head,...b].join(`
`)),A(),b=[],x=c.head.length),b.push(O),x+=O.length+1;b.length&&S([c.head,...b].join(`
`))}let I=a.filter(c=>c.length);return I.map((c,v)=>{let[b,x]=n(v+1,I.length);return[b,...c,x].join(`

`)})}function D(e,t={}){let n=t.budget??je,r=t.truncateLines??20,o=t.fullDiffHint??"Run `hubcast diff --format html` for the full diff.";for(let a of Ce){let l=Le(z(e,a,r),q(),F(e,a,o));if(l.length<=n)return{level:a,parts:[l]}}let s=z(e,"counts",r);if(t.single){let[a]=Z(s,n,()=>[q(),F(e,"counts",`${o} The counts were cut at ${n} characters.`)]);return{level:"counts",parts:[a]}}return{level:"counts",parts:Z(s,n,(a,l)=>[q([a,l]),F(e,"counts",o,[a,l])])}}function ee(e){for(let t=Re;;t=Math.floor(t*.8)){let n=D(e,{budget:t,single:!0}).parts[0];if(Buffer.byteLength(n,"utf8")<=Ae-1||t<1e3)return n}}function te(e){return{kind:"hubcast-review",version:2,pr:e.pr,headSha:e.headSha,...e.runId!==void 0?{runId:e.runId}:{}}}var ne={added:"green",changed:"yellow",removed:"red"};function Be(e,t,n){return d(t).split(`
`).map(r=>{let o=r.startsWith("@@")?"cyan":r[0]==="+"?"green":r[0]==="-"?"red":void 0;return n+(o?h(e,o,r):r)})}function U(e,t,n,r){return[`${r}${h(e,ne[t.status],`${k[t.status]} ${d(n)}`)} (+${t.added} -${t.removed})${t.secret?" [secret values redacted]":""}`,...Be(e,t.diff,`${r}    `)]}function Oe(e,t,n){if(!y(t))return t.self?U(e,t.self,m(t),n):[];let r=[`${n}${h(e,ne[t.status],`${k[t.status]} ${d(m(t))}`)}`];t.moved&&r.push(`${n}  ${h(e,"cyan",t.moved)}`),t.self&&r.push(...U(e,t.self,"the work's own fields",`${n}  `));for(let o of t.objects)r.push(...U(e,o,m(o),`${n}  `));return r}var R=e=>e===void 0?"-":d(e);function re(e,t){let n=[],r=o=>`${o.side} ${d(o.label)}${o.commit?` (${o.commit.slice(0,12)})`:""}`;n.push(h(t,"bold",`hubcast diff: ${r(e.base)} -> ${r(e.head)}`));for(let o of[e.base,e.head]){if(o.ok)continue;let s=w(e,o.side).map(a=>a==="*"?"every deployment":a);n.push("",h(t,"red",`${o.side} failed to render; diff withheld for ${s.join(", ")} (not shown as deletions):`));for(let a of o.errors)n.push(...d(a).split(`
`).map(l=>`  ${l}`))}for(let o of e.environments){n.push("",h(t,"bold",`environment ${d(o.environment||"(none)")}`));for(let s of o.targets){n.push(`  ${d(p(s.target))}  ${$(s.counts)}`);for(let a of s.workloads){n.push(`    workload ${d(a.workload||"(none)")}  ${$(a.counts)}`);for(let l of a.works)n.push(...Oe(t,l,"      "))}}}if(e.revisions.length&&(n.push("",h(t,"bold","Re-resolved references")),n.push(H(L([["DEPLOYMENT","REFERENCE","FROM","TO"],...e.revisions.map(o=>[R(o.deployment||void 0),d(o.reference),R(o.from),R(o.to)])])))),e.images.length&&(n.push("",h(t,"bold","Images")),n.push(H(L([["IMAGE","FROM","TO","OBJECTS","WORKLOADS"],...e.images.map(o=>[d(o.image),R(o.from),R(o.to),String(o.objects),d(o.workloads.join(", "))])])))),e.notes.length){n.push("",h(t,"bold","Notes"));for(let o of e.notes)n.push(`  ${h(t,o.level==="danger"?"red":"yellow",`${o.level}:`)} ${o.workload?`${d(o.workload)}: `:""}${d(o.message)}`)}if(e.matrix.length){n.push("",h(t,"bold","Summary"));let o=e.matrix.map(s=>[d(s.environment||"-"),d(p(s.target)),d(s.workload||"-"),String(s.added),String(s.changed),String(s.removed)]);n.push(H(L([["ENVIRONMENT",e.targetNoun.replace(/s$/,"").toUpperCase(),"WORKLOAD","+","~","-"],...o])))}return e.hidden.length&&n.push("",`hidden by filters: ${e.hidden.map(o=>`${d(o.rule)} (${o.count})`).join(", ")}`),n.push("",C(e,o=>o,"; ")),n.join(`
`)}function H(e){return e.split(`
`).map(t=>`  ${t}`).join(`
`)}var Ne=`

<!-- hubcast: next comment -->

`;function _e(e,t,n){return t==="json"?E(e):t==="html"?J(e):t==="markdown"?`${D(e).parts.join(Ne)}
`:`${re(e,n)}
`}function oe(e,t){M(se(e)),Me(e,t)}function bt(e,t,n){let r=_e(e,t.format,n);if(t.out?oe(t.out,r):n.out(r),t.summary&&(M(se(t.summary)),Ee(t.summary,`${ee(e)}
`)),t.reviewArtifact){let o=/^[1-9]\d{0,14}$/.test(process.env.GITHUB_RUN_ID??"")?Number(process.env.GITHUB_RUN_ID):void 0;oe(t.reviewArtifact,E(te({pr:Number(t.pr),headSha:t.prHeadSha,runId:o})))}}export{Ne as PART_BREAK,oe as writeFile,bt as writeReports};
//# sourceMappingURL=diff-outputs-6SVTEXZM.mjs.map
