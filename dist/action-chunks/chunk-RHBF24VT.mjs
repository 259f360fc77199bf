import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{$ as Gi,E as ln,F as Ei,H as _i,I as $i,J as Ai,K as Ci,L as Ie,M as Li,N as Ii,O as mn,P as qi,Q as Oi,R as Vi,S as zi,T as un,U as Fi,V as Ui,W as Hi,X as wt,Y as et,Z as Rt,_ as Ki,a as Mi,aa as Bi,b as H,ba as dn,c as Ce,ca as Wi,d as j,da as qe,e as O,ea as fn,f as Y,fa as Ji,ga as Zi,h as K,ha as hn,i as Qe,ia as Yi,ja as Xi,k as _,ka as yn,l as me,la as Qi,oa as er,qa as gn,ra as tr,u as Le,v as xt,w as kt,x as Ni,y as Di,z as Ti}from"./chunk-WPLFLY6B.mjs";var Oo=H((ah,qo)=>{qo.exports=Mi("events")});var zo=H((ch,Vo)=>{Vo.exports=class{constructor(e){if(!(e>0)||(e-1&e)!==0)throw new Error("Max size for a FixedFIFO should be a power of two");this.buffer=new Array(e),this.mask=e-1,this.top=0,this.btm=0,this.next=null}clear(){this.top=this.btm=0,this.next=null,this.buffer.fill(void 0)}push(e){return this.buffer[this.top]!==void 0?!1:(this.buffer[this.top]=e,this.top=this.top+1&this.mask,!0)}shift(){let e=this.buffer[this.btm];if(e!==void 0)return this.buffer[this.btm]=void 0,this.btm=this.btm+1&this.mask,e}peek(){return this.buffer[this.btm]}isEmpty(){return this.buffer[this.btm]===void 0}}});var Hn=H((mh,Uo)=>{var Fo=zo();Uo.exports=class{constructor(e){this.hwm=e||16,this.head=new Fo(this.hwm),this.tail=this.head,this.length=0}clear(){this.head=this.tail,this.head.clear(),this.length=0}push(e){if(this.length++,!this.head.push(e)){let n=this.head;this.head=n.next=new Fo(2*this.head.buffer.length),this.head.push(e)}}shift(){this.length!==0&&this.length--;let e=this.tail.shift();if(e===void 0&&this.tail.next){let n=this.tail.next;return this.tail.next=null,this.tail=n,this.tail.shift()}return e}peek(){let e=this.tail.peek();return e===void 0&&this.tail.next?this.tail.next.peek():e}isEmpty(){return this.length===0}}});var Ue=H((uh,Ho)=>{function pc(t){return Buffer.isBuffer(t)||t instanceof Uint8Array}function cc(t){return Buffer.isEncoding(t)}function lc(t,e,n){return Buffer.alloc(t,e,n)}function mc(t){return Buffer.allocUnsafe(t)}function uc(t){return Buffer.allocUnsafeSlow(t)}function dc(t,e){return Buffer.byteLength(t,e)}function fc(t,e){return Buffer.compare(t,e)}function hc(t,e){return Buffer.concat(t,e)}function yc(t,e,n,i,r){return E(t).copy(e,n,i,r)}function gc(t,e){return E(t).equals(e)}function vc(t,e,n,i,r){return E(t).fill(e,n,i,r)}function bc(t,e,n){return Buffer.from(t,e,n)}function Pc(t,e,n,i){return E(t).includes(e,n,i)}function jc(t,e,n,i){return E(t).indexOf(e,n,i)}function Sc(t,e,n,i){return E(t).lastIndexOf(e,n,i)}function xc(t){return E(t).swap16()}function kc(t){return E(t).swap32()}function wc(t){return E(t).swap64()}function E(t){return Buffer.isBuffer(t)?t:Buffer.from(t.buffer,t.byteOffset,t.byteLength)}function Rc(t,e,n,i){return E(t).toString(e,n,i)}function Mc(t,e,n){return E(t).toString("hex",e,n)}function Nc(t,e,n,i,r){return E(t).write(e,n,i,r)}function Dc(t,e){return E(t).readDoubleBE(e)}function Tc(t,e){return E(t).readDoubleLE(e)}function Ec(t,e){return E(t).readFloatBE(e)}function _c(t,e){return E(t).readFloatLE(e)}function $c(t,e){return E(t).readInt32BE(e)}function Ac(t,e){return E(t).readInt32LE(e)}function Cc(t,e){return E(t).readUInt32BE(e)}function Lc(t,e){return E(t).readUInt32LE(e)}function Ic(t,e,n){return E(t).writeDoubleBE(e,n)}function qc(t,e,n){return E(t).writeDoubleLE(e,n)}function Oc(t,e,n){return E(t).writeFloatBE(e,n)}function Vc(t,e,n){return E(t).writeFloatLE(e,n)}function zc(t,e,n){return E(t).writeInt32BE(e,n)}function Fc(t,e,n){return E(t).writeInt32LE(e,n)}function Uc(t,e,n){return E(t).writeUInt32BE(e,n)}function Hc(t,e,n){return E(t).writeUInt32LE(e,n)}Ho.exports={isBuffer:pc,isEncoding:cc,alloc:lc,allocUnsafe:mc,allocUnsafeSlow:uc,byteLength:dc,compare:fc,concat:hc,copy:yc,equals:gc,fill:vc,from:bc,includes:Pc,indexOf:jc,lastIndexOf:Sc,swap16:xc,swap32:kc,swap64:wc,toBuffer:E,toString:Rc,toHex:Mc,write:Nc,readDoubleBE:Dc,readDoubleLE:Tc,readFloatBE:Ec,readFloatLE:_c,readInt32BE:$c,readInt32LE:Ac,readUInt32BE:Cc,readUInt32LE:Lc,writeDoubleBE:Ic,writeDoubleLE:qc,writeFloatBE:Oc,writeFloatLE:Vc,writeInt32BE:zc,writeInt32LE:Fc,writeUInt32BE:Uc,writeUInt32LE:Hc}});var Go=H((fh,Ko)=>{var Kc=Ue();Ko.exports=class{constructor(e){this.encoding=e}get remaining(){return 0}decode(e){return Kc.toString(e,this.encoding)}flush(){return""}}});var Zo=H((yh,Jo)=>{var Bo=Ue();Jo.exports=class{constructor(){this._reset()}get remaining(){return this.bytesSeen}decode(e){if(e.byteLength===0)return"";if(this.bytesNeeded===0&&Wo(e,0)===0)return this.bytesSeen=Gc(e),Bo.toString(e,"utf8");let n="",i=0;if(this.bytesNeeded>0){for(;i<e.byteLength;){let s=e[i];if(s<this.lowerBoundary||s>this.upperBoundary){n+="�",this._reset();break}if(this.lowerBoundary=128,this.upperBoundary=191,this.codePoint=this.codePoint<<6|s&63,this.bytesSeen++,i++,this.bytesSeen===this.bytesNeeded){n+=String.fromCodePoint(this.codePoint),this._reset();break}}if(this.bytesNeeded>0)return n}let r=Wo(e,i),o=e.byteLength-r;o>i&&(n+=Bo.toString(e,"utf8",i,o));for(let s=o;s<e.byteLength;s++){let a=e[s];if(this.bytesNeeded===0){a<=127?(this.bytesSeen=0,n+=String.fromCharCode(a)):a>=194&&a<=223?(this.bytesNeeded=2,this.bytesSeen=1,this.codePoint=a&31):a>=224&&a<=239?(a===224?this.lowerBoundary=160:a===237&&(this.upperBoundary=159),this.bytesNeeded=3,this.bytesSeen=1,this.codePoint=a&15):a>=240&&a<=244?(a===240?this.lowerBoundary=144:a===244&&(this.upperBoundary=143),this.bytesNeeded=4,this.bytesSeen=1,this.codePoint=a&7):(this.bytesSeen=1,n+="�");continue}if(a<this.lowerBoundary||a>this.upperBoundary){n+="�",s--,this._reset();continue}this.lowerBoundary=128,this.upperBoundary=191,this.codePoint=this.codePoint<<6|a&63,this.bytesSeen++,this.bytesSeen===this.bytesNeeded&&(n+=String.fromCodePoint(this.codePoint),this._reset())}return n}flush(){let e=this.bytesNeeded>0?"�":"";return this._reset(),e}_reset(){this.codePoint=0,this.bytesNeeded=0,this.bytesSeen=0,this.lowerBoundary=128,this.upperBoundary=191}};function Wo(t,e){let n=t.byteLength;if(n<=e)return 0;let i=Math.max(e,n-4),r=n-1;for(;r>i&&(t[r]&192)===128;)r--;if(r<e)return 0;let o=t[r],s;if(o<=127)return 0;if(o>=194&&o<=223)s=2;else if(o>=224&&o<=239)s=3;else if(o>=240&&o<=244)s=4;else return 0;let a=n-r;return a<s?a:0}function Gc(t){let e=t.byteLength;if(e===0)return 0;let n=t[e-1];if(n<=127)return 0;if((n&192)!==128)return 1;let i=Math.max(0,e-4),r=e-2;for(;r>=i&&(t[r]&192)===128;)r--;if(r<0)return 1;let o=t[r],s;if(o>=194&&o<=223)s=2;else if(o>=224&&o<=239)s=3;else if(o>=240&&o<=244)s=4;else return 1;if(e-r!==s)return 1;if(s>=3){let a=t[r+1];if(o===224&&a<160||o===237&&a>159||o===240&&a<144||o===244&&a>143)return 1}return 0}});var Xo=H((vh,Yo)=>{var Bc=Go(),Wc=Zo();Yo.exports=class{constructor(e="utf8"){switch(this.encoding=Jc(e),this.encoding){case"utf8":this.decoder=new Wc;break;case"utf16le":case"base64":throw new Error("Unsupported encoding: "+this.encoding);default:this.decoder=new Bc(this.encoding)}}get remaining(){return this.decoder.remaining}push(e){return typeof e=="string"?e:this.decoder.decode(e)}write(e){return this.push(e)}end(e){let n="";return e&&(n=this.push(e)),n+=this.decoder.flush(),n}};function Jc(t){switch(t=t.toLowerCase(),t){case"utf8":case"utf-8":return"utf8";case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return"utf16le";case"latin1":case"binary":return"latin1";case"base64":case"ascii":case"hex":return t;default:throw new Error("Unknown encoding: "+t)}}});var es=H((bh,Qo)=>{Qo.exports=class ae extends Error{constructor(e,n,i=ae){super(e),this.code=n,Error.captureStackTrace&&Error.captureStackTrace(this,i)}static isStreamDestroyed(e){return e&&e.code==="STREAM_DESTROYED"}static isPrematureClose(e){return e&&e.code==="PREMATURE_CLOSE"}static isAborted(e){return e&&e.code==="ABORTED"}static isBadArgument(e){return e&&e.code==="BAD_ARGUMENT"}get name(){return"StreamError"}static STREAM_DESTROYED(){return new ae("Stream was destroyed","STREAM_DESTROYED",ae.STREAM_DESTROYED)}static PREMATURE_CLOSE(e="Premature close"){return new ae(e,"PREMATURE_CLOSE",ae.PREMATURE_CLOSE)}static ABORTED(){return new ae("Stream aborted","ABORTED",ae.ABORTED)}static BAD_ARGUMENT(e="Bad argument"){return new ae(e,"BAD_ARGUMENT",ae.BAD_ARGUMENT)}}});var si=H((Ph,js)=>{var{EventEmitter:Zc}=Oo(),os=Hn(),Yc=Xo(),X=es(),Kn=typeof queueMicrotask>"u"?t=>global.process.nextTick(t):queueMicrotask,L=(1<<29)-1,pe=1,Xn=2,he=4,pt=8,ss=L^pe,Xc=L^Xn,dt=16,He=32,Be=64,Pe=128,ft=256,Qn=512,je=1024,Gn=2048,ei=4096,ti=8192,ie=16384,be=32768,Xt=65536,De=131072,as=ft|Qn,Qc=dt|Xt,el=Be|dt,tl=ei|Pe,ni=ft|De,nl=L^dt,il=L^Be,rl=L^(Be|Xt),ts=L^Xt,ol=L^ft,sl=L^(Pe|ti),al=L^je,ns=L^as,ps=L^be,pl=L^He,cs=L^De,cl=L^ni,ye=1<<18,Ge=2<<18,ht=4<<18,Te=8<<18,yt=16<<18,xe=32<<18,Bn=64<<18,Ke=128<<18,ii=256<<18,Se=512<<18,Qt=1024<<18,ll=L^(ye|ii),ls=L^ht,ml=L^(ye|Se),ul=L^yt,dl=L^Te,ms=L^Ke,fl=L^Ge,us=L^Qt,ct=dt|ye,ds=L^ct,ri=ie|xe,ce=he|pt|Xn,J=ce|pe,fs=ce|ri,hl=ls&il,en=Ke|be,yl=en&ds,hs=J|yl,gl=J|je|ie,is=J|ie|Pe,vl=J|je|Pe,bl=J|ei|Pe|ti,Pl=J|dt|je|ie|Xt|De,jl=ce|je|ie,Sl=He|J|be|Be,xl=be|pe,kl=J|Se|xe,wl=Te|yt,ys=Te|ye,Rl=Te|yt|J|ye,rs=J|ye|Te|Qt,Ml=ht|ye,Nl=ye|ii,Dl=J|Se|ys|xe,Tl=yt|ce|Se|xe,El=Ge|J|Ke|ht,_l=Se|xe|ce,Gt=Symbol.asyncIterator||Symbol("asyncIterator"),Bt=class{constructor(e,{highWaterMark:n=16384,map:i=null,mapWritable:r,byteLength:o,byteLengthWritable:s}={}){this.stream=e,this.queue=new os,this.highWaterMark=n,this.buffered=0,this.error=null,this.pipeline=null,this.drains=null,this.byteLength=s||o||Ps,this.map=r||i,this.afterWrite=Cl.bind(this),this.afterUpdateNextTick=ql.bind(this)}get ending(){return(this.stream._duplexState&Se)!==0}get ended(){return(this.stream._duplexState&xe)!==0}push(e){return(this.stream._duplexState&_l)!==0?!1:(this.map!==null&&(e=this.map(e)),this.buffered+=this.byteLength(e),this.queue.push(e),this.buffered<this.highWaterMark?(this.stream._duplexState|=Te,!0):(this.stream._duplexState|=wl,!1))}shift(){let e=this.queue.shift();return this.buffered-=this.byteLength(e),this.buffered===0&&(this.stream._duplexState&=dl),e}end(e){typeof e=="function"?this.stream.once("finish",e):e!=null&&this.push(e),this.stream._duplexState=(this.stream._duplexState|Se)&ls}autoBatch(e,n){let i=[],r=this.stream;for(i.push(e);(r._duplexState&rs)===ys;)i.push(r._writableState.shift());if((r._duplexState&J)!==0)return n(null);r._writev(i,n)}update(){let e=this.stream;e._duplexState|=Ge;do{for(;(e._duplexState&rs)===Te;){let n=this.shift();e._duplexState|=Nl,e._write(n,this.afterWrite)}(e._duplexState&Ml)===0&&this.updateNonPrimary()}while(this.continueUpdate()===!0);e._duplexState&=fl}updateNonPrimary(){let e=this.stream;if((e._duplexState&Dl)===Se){e._duplexState=e._duplexState|ye,e._final(Al.bind(this));return}if((e._duplexState&ce)===he){(e._duplexState&en)===0&&(e._duplexState|=ct,e._destroy(gs.bind(this)));return}(e._duplexState&hs)===pe&&(e._duplexState=(e._duplexState|ct)&ss,e._open(vs.bind(this)))}continueUpdate(){return(this.stream._duplexState&Ke)===0?!1:(this.stream._duplexState&=ms,!0)}updateCallback(){(this.stream._duplexState&El)===ht?this.update():this.updateNextTick()}updateNextTick(){(this.stream._duplexState&Ke)===0&&(this.stream._duplexState|=Ke,(this.stream._duplexState&Ge)===0&&Kn(this.afterUpdateNextTick))}},Wn=class{constructor(e,{highWaterMark:n=16384,map:i=null,mapReadable:r,byteLength:o,byteLengthReadable:s}={}){this.stream=e,this.queue=new os,this.highWaterMark=n===0?1:n,this.buffered=0,this.readAhead=n>0,this.error=null,this.pipeline=null,this.byteLength=s||o||Ps,this.map=r||i,this.pipeTo=null,this.afterRead=Ll.bind(this),this.afterUpdateNextTick=Il.bind(this)}get ending(){return(this.stream._duplexState&je)!==0}get ended(){return(this.stream._duplexState&ie)!==0}pipe(e,n){if(this.pipeTo!==null)throw X.BAD_ARGUMENT("Can only pipe to one destination");if(typeof n!="function"&&(n=null),this.stream._duplexState|=Qn,this.pipeTo=e,this.pipeline=new Zn(this.stream,e,n),n&&this.stream.on("error",Yn),ut(e))e._writableState.pipeline=this.pipeline,n&&e.on("error",Yn),e.on("finish",this.pipeline.finished.bind(this.pipeline));else{let i=this.pipeline.done.bind(this.pipeline,e),r=this.pipeline.done.bind(this.pipeline,e,null);e.on("error",i),e.on("close",r),e.on("finish",this.pipeline.finished.bind(this.pipeline))}e.on("drain",$l.bind(this)),this.stream.emit("piping",e),e.emit("pipe",this.stream)}push(e){let n=this.stream;return e===null?(this.highWaterMark=0,n._duplexState=(n._duplexState|je)&rl,!1):this.map!==null&&(e=this.map(e),e===null)?(n._duplexState&=ts,this.buffered<this.highWaterMark):(this.buffered+=this.byteLength(e),this.queue.push(e),n._duplexState=(n._duplexState|Pe)&ts,this.buffered<this.highWaterMark)}shift(){let e=this.queue.shift();return this.buffered-=this.byteLength(e),this.buffered===0&&(this.stream._duplexState&=sl),e}unshift(e){let n=[this.map!==null?this.map(e):e];for(;this.buffered>0;)n.push(this.shift());for(let i=0;i<n.length-1;i++){let r=n[i];this.buffered+=this.byteLength(r),this.queue.push(r)}this.push(n[n.length-1])}read(){let e=this.stream;if((e._duplexState&is)===Pe){let n=this.shift();return this.pipeTo!==null&&this.pipeTo.write(n)===!1&&(e._duplexState&=ns),(e._duplexState&Gn)!==0&&e.emit("data",n),n}return this.readAhead===!1&&(e._duplexState|=De,this.updateNextTick()),null}drain(){let e=this.stream;for(;(e._duplexState&is)===Pe&&(e._duplexState&as)!==0;){let n=this.shift();this.pipeTo!==null&&this.pipeTo.write(n)===!1&&(e._duplexState&=ns),(e._duplexState&Gn)!==0&&e.emit("data",n)}}update(){let e=this.stream;e._duplexState|=He;do{for(this.drain();this.buffered<this.highWaterMark&&(e._duplexState&Pl)===De;)e._duplexState|=Qc,e._read(this.afterRead),this.drain();(e._duplexState&bl)===tl&&(e._duplexState|=ti,e.emit("readable")),(e._duplexState&el)===0&&this.updateNonPrimary()}while(this.continueUpdate()===!0);e._duplexState&=pl}updateNonPrimary(){let e=this.stream;if((e._duplexState&vl)===je&&(e._duplexState=(e._duplexState|ie)&al,e.emit("end"),(e._duplexState&fs)===ri&&(e._duplexState|=he),this.pipeTo!==null&&this.pipeTo.end()),(e._duplexState&ce)===he){(e._duplexState&en)===0&&(e._duplexState|=ct,e._destroy(gs.bind(this)));return}(e._duplexState&hs)===pe&&(e._duplexState=(e._duplexState|ct)&ss,e._open(vs.bind(this)))}continueUpdate(){return(this.stream._duplexState&be)===0?!1:(this.stream._duplexState&=ps,!0)}updateCallback(){(this.stream._duplexState&Sl)===Be?this.update():this.updateNextTick()}updateNextTickIfOpen(){(this.stream._duplexState&xl)===0&&(this.stream._duplexState|=be,(this.stream._duplexState&He)===0&&Kn(this.afterUpdateNextTick))}updateNextTick(){(this.stream._duplexState&be)===0&&(this.stream._duplexState|=be,(this.stream._duplexState&He)===0&&Kn(this.afterUpdateNextTick))}},Jn=class{constructor(e){this.data=null,this.afterTransform=Vl.bind(e),this.afterFinal=null}},Zn=class{constructor(e,n,i){this.from=e,this.to=n,this.afterPipe=i,this.error=null,this.pipeToFinished=!1}finished(){this.pipeToFinished=!0}done(e,n){if(n&&(this.error=n),e===this.to&&(this.to=null,this.from!==null)){((this.from._duplexState&ie)===0||!this.pipeToFinished)&&this.from.destroy(this.error||X.PREMATURE_CLOSE("Writable stream closed"));return}if(e===this.from&&(this.from=null,this.to!==null)){(e._duplexState&ie)===0&&this.to.destroy(this.error||X.PREMATURE_CLOSE("Readable stream closed"));return}this.afterPipe!==null&&this.afterPipe(this.error),this.to=this.from=this.afterPipe=null}};function $l(){this.stream._duplexState|=Qn,this.updateCallback()}function Al(t){let e=this.stream;t&&e.destroy(t),(e._duplexState&ce)===0&&(e._duplexState|=xe,e.emit("finish")),(e._duplexState&fs)===ri&&(e._duplexState|=he),e._duplexState&=ml,(e._duplexState&Ge)===0?this.update():this.updateNextTick()}function gs(t){let e=this.stream;!t&&!X.isStreamDestroyed(this.error)&&(t=this.error),t&&e.emit("error",t),e._duplexState|=pt,e.emit("close");let n=e._readableState,i=e._writableState;if(n!==null&&n.pipeline!==null&&n.pipeline.done(e,t),i!==null){for(;i.drains!==null&&i.drains.length>0;)i.drains.shift().resolve(!1);i.pipeline!==null&&i.pipeline.done(e,t)}}function Cl(t){let e=this.stream;t&&e.destroy(t),e._duplexState&=ll,this.drains!==null&&Ol(this.drains),(e._duplexState&Rl)===yt&&(e._duplexState&=ul,(e._duplexState&Bn)===Bn&&e.emit("drain")),this.updateCallback()}function Ll(t){t&&this.stream.destroy(t),this.stream._duplexState&=nl,this.readAhead===!1&&(this.stream._duplexState&ft)===0&&(this.stream._duplexState&=cs),this.updateCallback()}function Il(){(this.stream._duplexState&He)===0&&(this.stream._duplexState&=ps,this.update())}function ql(){(this.stream._duplexState&Ge)===0&&(this.stream._duplexState&=ms,this.update())}function Ol(t){for(let e=0;e<t.length;e++)--t[e].writes===0&&(t.shift().resolve(!0),e--)}function vs(t){let e=this.stream;t&&e.destroy(t),(e._duplexState&he)===0&&((e._duplexState&gl)===0&&(e._duplexState|=Be),(e._duplexState&kl)===0&&(e._duplexState|=ht),e.emit("open")),e._duplexState&=ds,e._writableState!==null&&e._writableState.updateCallback(),e._readableState!==null&&e._readableState.updateCallback()}function Vl(t,e){e!=null&&this.push(e),this._writableState.afterWrite(t)}function zl(t){this._readableState!==null&&(t==="data"&&(this._duplexState|=Gn|ni,this._readableState.updateNextTick()),t==="readable"&&(this._duplexState|=ei,this._readableState.updateNextTick())),this._writableState!==null&&t==="drain"&&(this._duplexState|=Bn,this._writableState.updateNextTick())}var lt=class extends Zc{constructor(e){super(),this._duplexState=0,this._readableState=null,this._writableState=null,e&&(e.open&&(this._open=e.open),e.destroy&&(this._destroy=e.destroy),e.predestroy&&(this._predestroy=e.predestroy),e.signal&&e.signal.addEventListener("abort",Ql.bind(this))),this.on("newListener",zl)}_open(e){e(null)}_destroy(e){e(null)}_predestroy(){}get readable(){return this._readableState!==null?!0:void 0}get writable(){return this._writableState!==null?!0:void 0}get destroyed(){return(this._duplexState&pt)!==0}get destroying(){return(this._duplexState&ce)!==0}destroy(e){(this._duplexState&ce)===0&&(e||(e=X.STREAM_DESTROYED()),this._duplexState=(this._duplexState|he)&hl,this._readableState!==null&&(this._readableState.highWaterMark=0,this._readableState.error=e),this._writableState!==null&&(this._writableState.highWaterMark=0,this._writableState.error=e),this._duplexState|=Xn,this._predestroy(),this._duplexState&=Xc,this._readableState!==null&&this._readableState.updateNextTick(),this._writableState!==null&&this._writableState.updateNextTick())}},Wt=class t extends lt{constructor(e){super(e),this._duplexState|=pe|xe|De,this._readableState=new Wn(this,e),e&&(this._readableState.readAhead===!1&&(this._duplexState&=cs),e.read&&(this._read=e.read),e.eagerOpen&&this._readableState.updateNextTick(),e.encoding&&this.setEncoding(e.encoding))}static deferred(e,n){let i=new Yt(n);return e().then(r=>{if(r===null)return i.end();i.destroying||oi(r,i,Yn)}).catch(r=>i.destroy(r)),i}setEncoding(e){let n=new Yc(e),i=this._readableState.map||Hl;return this._readableState.map=r,this;function r(o){let s=n.push(o);return s===""&&(o.byteLength!==0||n.remaining>0)?null:i(s)}}_read(e){e(null)}pipe(e,n){return this._readableState.updateNextTick(),this._readableState.pipe(e,n),e}read(){return this._readableState.updateNextTick(),this._readableState.read()}push(e){return this._readableState.updateNextTickIfOpen(),this._readableState.push(e)}unshift(e){return this._readableState.updateNextTickIfOpen(),this._readableState.unshift(e)}resume(){return this._duplexState|=ni,this._readableState.updateNextTick(),this}pause(){return this._duplexState&=this._readableState.readAhead===!1?cl:ol,this}static _fromAsyncIterator(e,n){let i,r=new t({...n,read(s){e.next().then(o).then(s.bind(null,null)).catch(s)},predestroy(){i=e.return()},destroy(s){if(!i)return s(null);i.then(s.bind(null,null)).catch(s)}});return r;function o(s){s.done?r.push(null):r.push(s.value)}}static from(e,n){if(Zl(e))return e;if(e[Gt])return this._fromAsyncIterator(e[Gt](),n);Array.isArray(e)||(e=e===void 0?[]:[e]);let i=0;return new t({...n,read(r){this.push(i===e.length?null:e[i++]),r(null)}})}static isBackpressured(e){return(e._duplexState&jl)!==0||e._readableState.buffered>=e._readableState.highWaterMark}static isPaused(e){return(e._duplexState&ft)===0}[Gt](){let e=this,n=null,i=null,r=null;return this.on("error",c=>{n=c}),this.on("readable",o),this.on("close",s),{[Gt](){return this},next(){return new Promise(function(c,p){i=c,r=p;let m=e.read();m!==null?a(m):(e._duplexState&pt)!==0&&a(null)})},return(){return l(null)},throw(c){return l(c)}};function o(){i!==null&&a(e.read())}function s(){i!==null&&a(null)}function a(c){r!==null&&(n?r(n):c===null&&(e._duplexState&ie)===0?r(X.STREAM_DESTROYED()):i({value:c,done:c===null}),r=i=null)}function l(c){return e.destroy(c),new Promise((p,m)=>{if(e._duplexState&pt)return p({value:void 0,done:!0});e.once("close",function(){c?m(c):p({value:void 0,done:!0})})})}}},Jt=class extends lt{constructor(e){super(e),this._duplexState|=pe|ie,this._writableState=new Bt(this,e),e&&(e.writev&&(this._writev=e.writev),e.write&&(this._write=e.write),e.final&&(this._final=e.final),e.eagerOpen&&this._writableState.updateNextTick())}cork(){this._duplexState|=Qt}uncork(){this._duplexState&=us,this._writableState.updateNextTick()}_writev(e,n){n(null)}_write(e,n){this._writableState.autoBatch(e,n)}_final(e){e(null)}static isBackpressured(e){return(e._duplexState&Tl)!==0}static drained(e){if(e.destroyed)return Promise.resolve(!1);let n=e._writableState,r=(em(e)?Math.min(1,n.queue.length):n.queue.length)+(e._duplexState&ii?1:0);return r===0?Promise.resolve(!0):(n.drains===null&&(n.drains=[]),new Promise(o=>{n.drains.push({writes:r,resolve:o})}))}write(e){return this._writableState.updateNextTick(),this._writableState.push(e)}end(e){return this._writableState.updateNextTick(),this._writableState.end(e),this}},mt=class extends Wt{constructor(e){super(e),this._duplexState=pe|this._duplexState&De,this._writableState=new Bt(this,e),e&&(e.writev&&(this._writev=e.writev),e.write&&(this._write=e.write),e.final&&(this._final=e.final))}cork(){this._duplexState|=Qt}uncork(){this._duplexState&=us,this._writableState.updateNextTick()}_writev(e,n){n(null)}_write(e,n){this._writableState.autoBatch(e,n)}_final(e){e(null)}write(e){return this._writableState.updateNextTick(),this._writableState.push(e)}end(e){return this._writableState.updateNextTick(),this._writableState.end(e),this}},Zt=class extends mt{constructor(e){super(e),this._transformState=new Jn(this),e&&(e.transform&&(this._transform=e.transform),e.flush&&(this._flush=e.flush))}_write(e,n){this._readableState.buffered>=this._readableState.highWaterMark?this._transformState.data=e:this._transform(e,this._transformState.afterTransform)}_read(e){if(this._transformState.data!==null){let n=this._transformState.data;this._transformState.data=null,e(null),this._transform(n,this._transformState.afterTransform)}else e(null)}destroy(e){super.destroy(e),this._transformState.data!==null&&(this._transformState.data=null,this._transformState.afterTransform())}_transform(e,n){n(null,e)}_flush(e){e(null)}_final(e){this._transformState.afterFinal=e,this._flush(Fl.bind(this))}},Yt=class extends Zt{};function Fl(t,e){let n=this._transformState.afterFinal;if(t)return n(t);e!=null&&this.push(e),this.push(null),n(null)}function Ul(...t){return new Promise((e,n)=>oi(...t,i=>{if(i)return n(i);e()}))}function oi(t,...e){let n=Array.isArray(t)?[...t,...e]:[t,...e],i=n.length&&typeof n[n.length-1]=="function"?n.pop():null;if(n.length<2)throw X.BAD_ARGUMENT("Pipeline requires at least 2 streams");let r=n[0],o=null,s=null;for(let c=1;c<n.length;c++)o=n[c],ut(r)?r.pipe(o,l):(a(r,!0,c>1,l),r.pipe(o)),r=o;if(i){let c=!1,p=ut(o)||!!(o._writableState&&o._writableState.autoDestroy);o.on("error",m=>{s===null&&(s=m)}),o.on("finish",()=>{c=!0,p||i(s)}),p&&o.on("close",()=>i(s||(c?null:X.PREMATURE_CLOSE())))}return o;function a(c,p,m,d){c.on("error",d),c.on("close",u);function u(){if(p&&c._readableState&&!c._readableState.ended||m&&c._writableState&&!c._writableState.ended)return d(X.PREMATURE_CLOSE())}}function l(c){if(!(!c||s)){s=c;for(let p of n)p.destroy(c)}}}function Hl(t){return t}function bs(t){return!!t._readableState||!!t._writableState}function ut(t){return typeof t._duplexState=="number"&&bs(t)}function Kl(t){return!!t._readableState&&t._readableState.ending}function Gl(t){return!!t._readableState&&t._readableState.ended}function Bl(t){return!!t._writableState&&t._writableState.ending}function Wl(t){return!!t._writableState&&t._writableState.ended}function Jl(t,e={}){let n=t._readableState&&t._readableState.error||t._writableState&&t._writableState.error;return!e.all&&X.isStreamDestroyed(n)?null:n}function Zl(t){return ut(t)&&t.readable}function Yl(t){return(t._duplexState&pe)!==pe||(t._duplexState&he)===he||(t._duplexState&en)!==0}function Xl(t){return typeof t=="object"&&t!==null&&typeof t.byteLength=="number"}function Ps(t){return Xl(t)?t.byteLength:1024}function Yn(){}function Ql(){this.destroy(X.ABORTED())}function em(t){return t._writev!==Jt.prototype._writev&&t._writev!==mt.prototype._writev}js.exports={pipeline:oi,pipelinePromise:Ul,isStream:bs,isStreamx:ut,isEnding:Kl,isEnded:Gl,isFinishing:Bl,isFinished:Wl,isDisturbed:Yl,getStreamError:Jl,Stream:lt,Writable:Jt,Readable:Wt,Duplex:mt,Transform:Zt,PassThrough:Yt}});var ci=H(Je=>{var N=Ue(),tm="0000000000000000000",nm="7777777777777777777",tn=48,Ss=N.from([117,115,116,97,114,0]),im=N.from([tn,tn]),rm=N.from([117,115,116,97,114,32]),om=N.from([32,0]),sm=4095,gt=257,pi=263;Je.decodeLongPath=function(e,n){return We(e,0,e.length,n)};Je.encodePax=function(e){let n="";e.name&&(n+=ai(" path="+e.name+`
`)),e.linkname&&(n+=ai(" linkpath="+e.linkname+`
`));let i=e.pax;if(i)for(let r in i)n+=ai(" "+r+"="+i[r]+`
`);return N.from(n)};Je.decodePax=function(e){let n={};for(;e.length;){let i=0;for(;i<e.length&&e[i]!==32;)i++;let r=parseInt(N.toString(e.subarray(0,i)),10);if(!r)return n;let o=N.toString(e.subarray(i+1,r-1)),s=o.indexOf("=");if(s===-1)return n;n[o.slice(0,s)]=o.slice(s+1),e=e.subarray(r)}return n};Je.encode=function(e){let n=N.alloc(512),i=e.name,r="";if(e.typeflag===5&&i[i.length-1]!=="/"&&(i+="/"),N.byteLength(i)!==i.length)return null;for(;N.byteLength(i)>100;){let o=i.indexOf("/");if(o===-1)return null;r+=r?"/"+i.slice(0,o):i.slice(0,o),i=i.slice(o+1)}return N.byteLength(i)>100||N.byteLength(r)>155||e.linkname&&N.byteLength(e.linkname)>100?null:(N.write(n,i),N.write(n,we(e.mode&sm,6),100),N.write(n,we(e.uid,6),108),N.write(n,we(e.gid,6),116),dm(e.size,n,124),N.write(n,we(e.mtime.getTime()/1e3|0,11),136),n[156]=tn+mm(e.type),e.linkname&&N.write(n,e.linkname,157),N.copy(Ss,n,gt),N.copy(im,n,pi),e.uname&&N.write(n,e.uname,265),e.gname&&N.write(n,e.gname,297),N.write(n,we(e.devmajor||0,6),329),N.write(n,we(e.devminor||0,6),337),r&&N.write(n,r,345),N.write(n,we(ks(n),6),148),n)};Je.decode=function(e,n,i){let r=e[156]===0?0:e[156]-tn,o=We(e,0,100,n),s=ke(e,100,8),a=ke(e,108,8),l=ke(e,116,8),c=ke(e,124,12),p=ke(e,136,12),m=lm(r),d=e[157]===0?null:We(e,157,100,n),u=We(e,265,32),f=We(e,297,32),h=ke(e,329,8),g=ke(e,337,8),y=ks(e);if(y===256)return null;if(y!==ke(e,148,8))throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");if(am(e))e[345]&&(o=We(e,345,155,n)+"/"+o);else if(!pm(e)){if(!i)throw new Error("Invalid tar header: unknown format.")}return r===0&&o&&o[o.length-1]==="/"&&(r=5),{name:o,mode:s,uid:a,gid:l,size:c,byteOffset:0,mtime:new Date(1e3*p),type:m,linkname:d,uname:u,gname:f,devmajor:h,devminor:g,pax:null}};function am(t){return N.equals(Ss,t.subarray(gt,gt+6))}function pm(t){return N.equals(rm,t.subarray(gt,gt+6))&&N.equals(om,t.subarray(pi,pi+2))}function cm(t,e,n){return typeof t!="number"?n:(t=~~t,t>=e?e:t>=0||(t+=e,t>=0)?t:0)}function lm(t){switch(t){case 0:return"file";case 1:return"link";case 2:return"symlink";case 3:return"character-device";case 4:return"block-device";case 5:return"directory";case 6:return"fifo";case 7:return"contiguous-file";case 72:return"pax-header";case 55:return"pax-global-header";case 27:return"gnu-long-link-path";case 28:case 30:return"gnu-long-path"}return null}function mm(t){switch(t){case"file":return 0;case"link":return 1;case"symlink":return 2;case"character-device":return 3;case"block-device":return 4;case"directory":return 5;case"fifo":return 6;case"contiguous-file":return 7;case"pax-header":return 72}return 0}function xs(t,e,n,i){for(;n<i;n++)if(t[n]===e)return n;return i}function ks(t){let e=256;for(let n=0;n<148;n++)e+=t[n];for(let n=156;n<512;n++)e+=t[n];return e}function we(t,e){return t=t.toString(8),t.length>e?nm.slice(0,e)+" ":tm.slice(0,e-t.length)+t+" "}function um(t,e,n){e[n]=128;for(let i=11;i>0;i--)e[n+i]=t&255,t=Math.floor(t/256)}function dm(t,e,n){t.toString(8).length>11?um(t,e,n):N.write(e,we(t,11),n)}function fm(t){let e;if(t[0]===128)e=!0;else if(t[0]===255)e=!1;else return null;let n=[],i;for(i=t.length-1;i>0;i--){let s=t[i];e?n.push(s):n.push(255-s)}let r=0,o=n.length;for(i=0;i<o;i++)r+=n[i]*Math.pow(256,i);return e?r:-1*r}function ke(t,e,n){if(t=t.subarray(e,e+n),e=0,t[e]&128)return fm(t);{for(;e<t.length&&t[e]===32;)e++;let i=cm(xs(t,32,e,t.length),t.length,t.length);for(;e<i&&t[e]===0;)e++;return i===e?0:parseInt(N.toString(t.subarray(e,i)),8)}}function We(t,e,n,i){return N.toString(t.subarray(e,xs(t,0,e,e+n)),i)}function ai(t){let e=N.byteLength(t),n=Math.floor(Math.log(e)/Math.log(10))+1;return e+n>=Math.pow(10,n)&&n++,e+n+t}});var Ds=H((Sh,Ns)=>{var{Writable:hm,Readable:ym,getStreamError:ws}=si(),gm=Hn(),Rs=Ue(),Ze=ci(),vm=Rs.alloc(0),bm=4*1024*1024,mi=class{constructor(){this.buffered=0,this.shifted=0,this.queue=new gm,this._offset=0}push(e){this.buffered+=e.byteLength,this.queue.push(e)}shiftFirst(e){return this.buffered===0?null:this._next(e)}shift(e){if(e>this.buffered)return null;if(e===0)return vm;let n=this._next(e);if(e===n.byteLength)return n;let i=[n];for(;(e-=n.byteLength)>0;)n=this._next(e),i.push(n);return Rs.concat(i)}_next(e){let n=this.queue.peek(),i=n.byteLength-this._offset;if(e>=i){let r=this._offset?n.subarray(this._offset,n.byteLength):n;return this.queue.shift(),this._offset=0,this.buffered-=i,this.shifted+=i,r}return this.buffered-=e,this.shifted+=e,n.subarray(this._offset,this._offset+=e)}},ui=class extends ym{constructor(e,n,i){super(),this.header=n,this.offset=i,this._parent=e}_read(e){this.header.size===0&&this.push(null),this._parent._stream===this&&this._parent._update(),e(null)}_predestroy(){this._parent.destroy(ws(this))}_detach(){this._parent._stream===this&&(this._parent._stream=null,this._parent._missing=Ms(this.header.size),this._parent._update())}_destroy(e){this._detach(),e(null)}},di=class extends hm{constructor(e){super(e),e||(e={}),this._buffer=new mi,this._offset=0,this._header=null,this._stream=null,this._missing=0,this._longHeader=!1,this._callback=li,this._locked=!1,this._finished=!1,this._pax=null,this._paxGlobal=null,this._gnuLongPath=null,this._gnuLongLinkPath=null,this._filenameEncoding=e.filenameEncoding||"utf-8",this._allowUnknownFormat=!!e.allowUnknownFormat,this._unlockBound=this._unlock.bind(this)}_unlock(e){if(this._locked=!1,e){this.destroy(e),this._continueWrite(e);return}this._update()}_consumeHeader(){if(this._locked)return!1;this._offset=this._buffer.shifted;try{this._header=Ze.decode(this._buffer.shift(512),this._filenameEncoding,this._allowUnknownFormat)}catch(e){return this._continueWrite(e),!1}if(!this._header)return!0;switch(this._header.byteOffset=this._buffer.shifted,this._header.type){case"gnu-long-path":case"gnu-long-link-path":case"pax-global-header":case"pax-header":return this._longHeader=!0,this._missing=this._header.size,this._missing>bm?(this._continueWrite(new Error("Header exceeds max size")),!1):!0}return this._locked=!0,this._applyLongHeaders(),this._header.size>=0?this._header.size===0||this._header.type==="directory"?(this.emit("entry",this._header,this._createStream(),this._unlockBound),!0):(this._stream=this._createStream(),this._missing=this._header.size,this.emit("entry",this._header,this._stream,this._unlockBound),!0):(this._continueWrite(new Error("Invalid header")),!1)}_applyLongHeaders(){this._gnuLongPath&&(this._header.name=this._gnuLongPath,this._gnuLongPath=null),this._gnuLongLinkPath&&(this._header.linkname=this._gnuLongLinkPath,this._gnuLongLinkPath=null),this._pax&&(this._pax.path&&(this._header.name=this._pax.path),this._pax.linkpath&&(this._header.linkname=this._pax.linkpath),this._pax.size&&(this._header.size=parseInt(this._pax.size,10)),this._header.pax=this._pax,this._pax=null)}_decodeLongHeader(e){switch(this._header.type){case"gnu-long-path":this._gnuLongPath=Ze.decodeLongPath(e,this._filenameEncoding);break;case"gnu-long-link-path":this._gnuLongLinkPath=Ze.decodeLongPath(e,this._filenameEncoding);break;case"pax-global-header":this._paxGlobal=Ze.decodePax(e);break;case"pax-header":this._pax=this._paxGlobal===null?Ze.decodePax(e):Object.assign({},this._paxGlobal,Ze.decodePax(e));break}}_consumeLongHeader(){this._longHeader=!1,this._missing=Ms(this._header.size);let e=this._buffer.shift(this._header.size);try{this._decodeLongHeader(e)}catch(n){return this._continueWrite(n),!1}return!0}_consumeStream(){let e=this._buffer.shiftFirst(this._missing);if(e===null)return!1;this._missing-=e.byteLength;let n=this._stream.push(e);return this._missing===0?(this._stream.push(null),n&&this._stream._detach(),n&&this._locked===!1):n}_createStream(){return new ui(this,this._header,this._offset)}_update(){for(;this._buffer.buffered>0&&!this.destroying;){if(this._missing>0){if(this._stream!==null){if(this._consumeStream()===!1)return;continue}if(this._longHeader===!0){if(this._missing>this._buffer.buffered)break;if(this._consumeLongHeader()===!1)return!1;continue}let e=this._buffer.shiftFirst(this._missing);e!==null&&(this._missing-=e.byteLength);continue}if(this._buffer.buffered<512)break;if(this._stream!==null||this._consumeHeader()===!1)return}this._continueWrite(null)}_continueWrite(e){let n=this._callback;this._callback=li,n(e)}_write(e,n){this._callback=n,this._buffer.push(e),this._update()}_final(e){this._finished=this._missing===0&&this._buffer.buffered===0,e(this._finished?null:new Error("Unexpected end of data"))}_predestroy(){this._continueWrite(null)}_destroy(e){this._stream&&this._stream.destroy(ws(this)),e(null)}[Symbol.asyncIterator](){let e=null,n=null,i=null,r=null,o=null,s=this;return this.on("entry",c),this.on("error",d=>{e=d}),this.on("close",p),{[Symbol.asyncIterator](){return this},next(){return new Promise(l)},return(){return m(null)},throw(d){return m(d)}};function a(d){if(!o)return;let u=o;o=null,u(d)}function l(d,u){if(e)return u(e);if(r){d({value:r,done:!1}),r=null;return}n=d,i=u,a(null),s._finished&&n&&(n({value:void 0,done:!0}),n=i=null)}function c(d,u,f){o=f,u.on("error",li),n?(n({value:u,done:!1}),n=i=null):r=u}function p(){a(e),n&&(e?i(e):n({value:void 0,done:!0}),n=i=null)}function m(d){return s.destroy(d),a(d),new Promise((u,f)=>{if(s.destroyed)return u({value:void 0,done:!0});s.once("close",function(){d?f(d):u({value:void 0,done:!0})})})}}};Ns.exports=function(e){return new di(e)};function li(){}function Ms(t){return t&=511,t&&512-t}});var Es=H((xh,fi)=>{var Ts={S_IFMT:61440,S_IFDIR:16384,S_IFCHR:8192,S_IFBLK:24576,S_IFIFO:4096,S_IFLNK:40960};try{fi.exports=Mi("fs").constants||Ts}catch{fi.exports=Ts}});var Ls=H((kh,Cs)=>{var{Readable:Pm,Writable:jm,getStreamError:_s}=si(),Ee=Ue(),Ye=Es(),nn=ci(),Sm=493,xm=420,$s=Ee.alloc(1024),yi=class extends jm{constructor(e,n,i){super({mapWritable:wm,eagerOpen:!0}),this.written=0,this.header=n,this._callback=i,this._linkname=null,this._isLinkname=n.type==="symlink"&&!n.linkname,this._isVoid=n.type!=="file"&&n.type!=="contiguous-file",this._finished=!1,this._pack=e,this._openCallback=null,this._pack._stream===null?this._pack._stream=this:this._pack._pending.push(this)}_open(e){this._openCallback=e,this._pack._stream===this&&this._continueOpen()}_continuePack(e){if(this._callback===null)return;let n=this._callback;this._callback=null,n(e)}_continueOpen(){this._pack._stream===null&&(this._pack._stream=this);let e=this._openCallback;if(this._openCallback=null,e!==null){if(this._pack.destroying)return e(new Error("pack stream destroyed"));if(this._pack._finalized)return e(new Error("pack stream is already finalized"));this._pack._stream=this,this._isLinkname||this._pack._encode(this.header),this._isVoid&&(this._finish(),this._continuePack(null)),e(null)}}_write(e,n){if(this._isLinkname)return this._linkname=this._linkname?Ee.concat([this._linkname,e]):e,n(null);if(this._isVoid)return e.byteLength>0?n(new Error("No body allowed for this entry")):n();if(this.written+=e.byteLength,this._pack.push(e))return n();this._pack._drain=n}_finish(){this._finished||(this._finished=!0,this._isLinkname&&(this.header.linkname=this._linkname?Ee.toString(this._linkname,"utf-8"):"",this._pack._encode(this.header)),As(this._pack,this.header.size),this._pack._done(this))}_final(e){if(this.written!==this.header.size)return e(new Error("Size mismatch"));this._finish(),e(null)}_getError(){return _s(this)||new Error("tar entry destroyed")}_predestroy(){this._pack.destroy(this._getError())}_destroy(e){this._pack._done(this),this._continuePack(this._finished?null:this._getError()),e()}},gi=class extends Pm{constructor(e){super(e),this._drain=hi,this._finalized=!1,this._finalizing=!1,this._pending=[],this._stream=null}entry(e,n,i){if(this._finalized||this.destroying)throw new Error("already finalized or destroyed");typeof n=="function"&&(i=n,n=null),i||(i=hi),(!e.size||e.type==="symlink")&&(e.size=0),e.type||(e.type=km(e.mode)),e.mode||(e.mode=e.type==="directory"?Sm:xm),e.uid||(e.uid=0),e.gid||(e.gid=0),e.mtime||(e.mtime=new Date),typeof n=="string"&&(n=Ee.from(n));let r=new yi(this,e,i);return Ee.isBuffer(n)?(e.size=n.byteLength,r.write(n),r.end(),r):(r._isVoid,r)}finalize(){if(this._stream||this._pending.length>0){this._finalizing=!0;return}this._finalized||(this._finalized=!0,this.push($s),this.push(null))}_done(e){e===this._stream&&(this._stream=null,this._finalizing&&this.finalize(),this._pending.length&&this._pending.shift()._continueOpen())}_encode(e){if(!e.pax){let n=nn.encode(e);if(n){this.push(n);return}}this._encodePax(e)}_encodePax(e){let n=nn.encodePax({name:e.name,linkname:e.linkname,pax:e.pax}),i={name:"PaxHeader",mode:e.mode,uid:e.uid,gid:e.gid,size:n.byteLength,mtime:e.mtime,type:"pax-header",linkname:e.linkname&&"PaxHeader",uname:e.uname,gname:e.gname,devmajor:e.devmajor,devminor:e.devminor};this.push(nn.encode(i)),this.push(n),As(this,n.byteLength),i.size=e.size,i.type=e.type,this.push(nn.encode(i))}_doDrain(){let e=this._drain;this._drain=hi,e()}_predestroy(){let e=_s(this);for(this._stream&&this._stream.destroy(e);this._pending.length;){let n=this._pending.shift();n.destroy(e),n._continueOpen()}this._doDrain()}_read(e){this._doDrain(),e()}};Cs.exports=function(e){return new gi(e)};function km(t){switch(t&Ye.S_IFMT){case Ye.S_IFBLK:return"block-device";case Ye.S_IFCHR:return"character-device";case Ye.S_IFDIR:return"directory";case Ye.S_IFIFO:return"fifo";case Ye.S_IFLNK:return"symlink"}return"file"}function hi(){}function As(t,e){e&=511,e&&t.push($s.subarray(0,512-e))}function wm(t){return Ee.isBuffer(t)?t:Ee.from(t)}});var Is=H(vi=>{vi.extract=Ds();vi.pack=Ls()});import{isAbsolute as ou,relative as su,resolve as Si,sep as au}from"node:path";import{existsSync as pu,realpathSync as cu,statSync as lu}from"node:fs";import{existsSync as ua,readdirSync as or,readFileSync as da,statSync as sr}from"node:fs";import{join as Mt,relative as ar,resolve as rr,sep as pr}from"node:path";import{isUtf8 as pa}from"node:buffer";function nr(t){let e=t.toString("utf8");if(pa(t))return{text:e};let n=ca(t),i=t.lastIndexOf(10,n-1)+1,r=1;for(let s=t.indexOf(10);s>=0&&s<n;s=t.indexOf(10,s+1))r++;let o=t.subarray(i,n).toString("utf8").length+1;return{text:e,invalidAt:{line:r,column:o,byte:n}}}function ca(t){let e=0;for(;e<t.length;){let n=t[e];if(n<128){e++;continue}let i,r=128,o=191;if(n>=194&&n<=223)i=1;else if(n>=224&&n<=239)i=2,n===224&&(r=160),n===237&&(o=159);else if(n>=240&&n<=244)i=3,n===240&&(r=144),n===244&&(o=143);else return e;for(let s=1;s<=i;s++){let a=t[e+s];if(a===void 0||a<(s===1?r:128)||a>(s===1?o:191))return e}e+=i+1}return t.length}var vn=".hubcast-render",la="hubcast.lock.json",ma="kustomization.yaml";function bn(t){return t.has(vn)||t.has(la)&&t.has(ma)}function yu(t){let e=new Map;for(let i of t){let r=i.lastIndexOf("/");if(r<0)continue;let o=i.slice(0,r),s=e.get(o);s||e.set(o,s=new Set),s.add(i.slice(r+1))}let n=[...e].filter(([,i])=>bn(i)).map(([i])=>i).sort();return n.filter(i=>!n.some(r=>r!==i&&i.startsWith(`${r}/`)))}var ir=t=>`${t}/**`;var cr=new Set([".git","node_modules"]);function lr(t){let e=Mt(t,un);return ua(e)?mr(e,un):void 0}function mr(t,e){let{text:n,invalidAt:i}=nr(da(t));return i?{path:e,text:n,invalidUtf8:i}:{path:e,text:n}}function Pn(t,e,n=[],i=new Set){let r=Rt(e,n),o=[],s=a=>{for(let l of or(a).sort(_)){if(cr.has(l))continue;let c=Mt(a,l),p=sr(c),m=ar(t,c).split(pr).join("/");p.isDirectory()?i.has(m)||s(c):p.isFile()&&r(m)&&o.push({...mr(c,m),fileId:`${p.dev}:${p.ino}`})}};return s(t),o}function ur(t){let e=[],n=(i,r)=>{let o=or(i,{withFileTypes:!0});if(r&&bn(new Set(o.map(s=>s.name)))){e.push(r);return}for(let s of o.sort((a,l)=>_(a.name,l.name))){if(cr.has(s.name))continue;(s.isDirectory()||s.isSymbolicLink()&&sr(Mt(i,s.name),{throwIfNoEntry:!1})?.isDirectory())&&n(Mt(i,s.name),r?`${r}/${s.name}`:s.name)}};return n(t,""),e}function jn(t,e){if(!e)return[];let n=ar(rr(t),rr(e)).split(pr).join("/");return n&&!n.startsWith("..")?[`${n}/**`]:[]}import{existsSync as fa,readdirSync as ha,readFileSync as ya,statSync as ga}from"node:fs";import{join as va,posix as ba,relative as Pa,sep as hr}from"node:path";var yr=Ce(mn(),1);var Sn=[{path:"templates/components/cron-task.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: cron-task
spec:
  version: 1.0.0
  description: >-
    Scheduled work: a batch/v1 CronJob whose Jobs run \`count\` pods each (backups, reports).
  workloadType: task
  schema:
    type: object
    additionalProperties: false
    required: [image, schedule]
    properties:
      schedule:
        type: string
        minLength: 1
        description: Cron schedule, e.g. "0 3 * * *".
      timeZone:
        type: string
        description: IANA time zone of the schedule, e.g. Europe/Paris (default the controller's).
      startingDeadlineSeconds:
        type: integer
        minimum: 0
        description: Skip a run that cannot start within this many seconds of its time.
      concurrencyPolicy:
        enum: [Allow, Forbid, Replace]
        default: Allow
        description: What to do when a run is due while the previous one still runs.
      suspend:
        type: boolean
        default: false
        description: Pause scheduling.
      successfulJobsHistoryLimit:
        type: integer
        minimum: 0
        default: 3
        description: Finished Jobs to keep.
      failedJobsHistoryLimit:
        type: integer
        minimum: 0
        default: 1
        description: Failed Jobs to keep.
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      count:
        type: integer
        minimum: 1
        default: 1
        description: Pods that must complete (Job completions and parallelism).
      restart:
        enum: [Never, OnFailure]
        default: Never
        description: Pod restartPolicy.
      backoffLimit:
        type: integer
        minimum: 0
        default: 6
        description: Retries before a Job is marked failed.
      activeDeadlineSeconds:
        type: integer
        minimum: 1
        description: Time limit for the Job, in seconds.
      ttlSecondsAfterFinished:
        type: integer
        minimum: 0
        description: Delete the finished Job after this many seconds.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
  template: |
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      schedule: {{json properties.schedule}}
    {{#if properties.timeZone}}
      timeZone: {{json properties.timeZone}}
    {{/if}}
    {{#if (defined properties.startingDeadlineSeconds)}}
      startingDeadlineSeconds: {{json properties.startingDeadlineSeconds}}
    {{/if}}
      concurrencyPolicy: {{json properties.concurrencyPolicy}}
      suspend: {{json properties.suspend}}
      successfulJobsHistoryLimit: {{json properties.successfulJobsHistoryLimit}}
      failedJobsHistoryLimit: {{json properties.failedJobsHistoryLimit}}
      jobTemplate:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
          parallelism: {{json properties.count}}
          completions: {{json properties.count}}
          backoffLimit: {{json properties.backoffLimit}}
    {{#if (defined properties.activeDeadlineSeconds)}}
          activeDeadlineSeconds: {{json properties.activeDeadlineSeconds}}
    {{/if}}
    {{#if (defined properties.ttlSecondsAfterFinished)}}
          ttlSecondsAfterFinished: {{json properties.ttlSecondsAfterFinished}}
    {{/if}}
          template:
            metadata:
              labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
              annotations: {{json properties.annotations}}
    {{/if}}
            spec:
              restartPolicy: {{json properties.restart}}
    {{#if properties.imagePullSecrets}}
              imagePullSecrets:
    {{#each properties.imagePullSecrets}}
                - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
                - name: {{json this.name}}
    {{#if (defined this.claimName)}}
                  persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
                  configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
                  secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
                  hostPath: {{json (dict "path" this.path)}}
    {{else}}
                  emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
              volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
              hostAliases: {{json properties.hostAliases}}
    {{/if}}
              containers:
                - name: {{json name}}
                  image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
                  imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
                  command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
                  args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
                  env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
                  resources:
                    requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                    limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
                  resources:
                    limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                  volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                    - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
                  volumeMounts: []
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"cron-task"},spec:{version:"1.0.0",description:"Scheduled work: a batch/v1 CronJob whose Jobs run `count` pods each (backups, reports).",workloadType:"task",schema:{type:"object",additionalProperties:!1,required:["image","schedule"],properties:{schedule:{type:"string",minLength:1,description:'Cron schedule, e.g. "0 3 * * *".'},timeZone:{type:"string",description:"IANA time zone of the schedule, e.g. Europe/Paris (default the controller's)."},startingDeadlineSeconds:{type:"integer",minimum:0,description:"Skip a run that cannot start within this many seconds of its time."},concurrencyPolicy:{enum:["Allow","Forbid","Replace"],default:"Allow",description:"What to do when a run is due while the previous one still runs."},suspend:{type:"boolean",default:!1,description:"Pause scheduling."},successfulJobsHistoryLimit:{type:"integer",minimum:0,default:3,description:"Finished Jobs to keep."},failedJobsHistoryLimit:{type:"integer",minimum:0,default:1,description:"Failed Jobs to keep."},image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},count:{type:"integer",minimum:1,default:1,description:"Pods that must complete (Job completions and parallelism)."},restart:{enum:["Never","OnFailure"],default:"Never",description:"Pod restartPolicy."},backoffLimit:{type:"integer",minimum:0,default:6,description:"Retries before a Job is marked failed."},activeDeadlineSeconds:{type:"integer",minimum:1,description:"Time limit for the Job, in seconds."},ttlSecondsAfterFinished:{type:"integer",minimum:0,description:"Delete the finished Job after this many seconds."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}}}},template:`apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  schedule: {{json properties.schedule}}
{{#if properties.timeZone}}
  timeZone: {{json properties.timeZone}}
{{/if}}
{{#if (defined properties.startingDeadlineSeconds)}}
  startingDeadlineSeconds: {{json properties.startingDeadlineSeconds}}
{{/if}}
  concurrencyPolicy: {{json properties.concurrencyPolicy}}
  suspend: {{json properties.suspend}}
  successfulJobsHistoryLimit: {{json properties.successfulJobsHistoryLimit}}
  failedJobsHistoryLimit: {{json properties.failedJobsHistoryLimit}}
  jobTemplate:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
      parallelism: {{json properties.count}}
      completions: {{json properties.count}}
      backoffLimit: {{json properties.backoffLimit}}
{{#if (defined properties.activeDeadlineSeconds)}}
      activeDeadlineSeconds: {{json properties.activeDeadlineSeconds}}
{{/if}}
{{#if (defined properties.ttlSecondsAfterFinished)}}
      ttlSecondsAfterFinished: {{json properties.ttlSecondsAfterFinished}}
{{/if}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
          annotations: {{json properties.annotations}}
{{/if}}
        spec:
          restartPolicy: {{json properties.restart}}
{{#if properties.imagePullSecrets}}
          imagePullSecrets:
{{#each properties.imagePullSecrets}}
            - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
{{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
{{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
          volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
{{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
              command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
              args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
              env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
              volumeMounts: []
{{/if}}
{{/if}}
`}},origins:{template:[260,5]}}]},{path:"templates/components/daemon.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: daemon
spec:
  version: 1.0.0
  description: >-
    A pod on every node: an apps/v1 DaemonSet and, when any port is exposed, a v1 Service selecting
    its pods (KubeVela's daemon component).
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      port:
        type: integer
        minimum: 1
        maximum: 65535
        description: Legacy single container port (not exposed). Ignored when \`ports\` is set.
      ports:
        type: array
        description: Ports the container listens on; those with \`expose\` reach the Service.
        items:
          type: object
          additionalProperties: false
          required: [port]
          properties:
            port:
              type: integer
              minimum: 1
              maximum: 65535
              description: Container port, and the Service port when exposed.
            name:
              type: string
              pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
              maxLength: 15
              description: Port name (default port-<port>).
            protocol:
              enum: [TCP, UDP, SCTP]
              default: TCP
              description: Transport protocol.
            expose:
              type: boolean
              default: false
              description: Add this port to the Service.
      exposeType:
        enum: [ClusterIP, NodePort, LoadBalancer, ExternalName]
        default: ClusterIP
        description: Service type.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Restart the container when this probe fails.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Take the pod out of the Service while this probe fails.
      startupProbe:
        $ref: '#/definitions/probe'
        description: Hold the other probes until this one succeeds.
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0, default: 0 }
          periodSeconds: { type: integer, minimum: 1, default: 10 }
          timeoutSeconds: { type: integer, minimum: 1, default: 1 }
          successThreshold: { type: integer, minimum: 1, default: 1 }
          failureThreshold: { type: integer, minimum: 1, default: 3 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  template: |
    apiVersion: apps/v1
    kind: DaemonSet
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      selector:
        matchLabels: {{json context.labels.selector}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.ports}}
              ports:
    {{#each properties.ports}}
                - name: {{json (default this.name (concat "port-" this.port))}}
                  containerPort: {{json this.port}}
                  protocol: {{json this.protocol}}
    {{/each}}
    {{else if (defined properties.port)}}
              ports:
                - containerPort: {{json properties.port}}
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
    {{#if properties.livenessProbe}}
              livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
              readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
    {{#if properties.startupProbe}}
              startupProbe: {{json properties.startupProbe}}
    {{/if}}
    {{#if (where properties.ports "expose" true)}}
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      type: {{json properties.exposeType}}
      selector: {{json context.labels.selector}}
      ports:
    {{#each (where properties.ports "expose" true)}}
        - name: {{json (default this.name (concat "port-" this.port))}}
          port: {{json this.port}}
          targetPort: {{json this.port}}
    {{#if (ne this.protocol "TCP")}}
          protocol: {{json this.protocol}}
    {{/if}}
    {{/each}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"daemon"},spec:{version:"1.0.0",description:"A pod on every node: an apps/v1 DaemonSet and, when any port is exposed, a v1 Service selecting its pods (KubeVela's daemon component).",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},port:{type:"integer",minimum:1,maximum:65535,description:"Legacy single container port (not exposed). Ignored when `ports` is set."},ports:{type:"array",description:"Ports the container listens on; those with `expose` reach the Service.",items:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer",minimum:1,maximum:65535,description:"Container port, and the Service port when exposed."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name (default port-<port>)."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Transport protocol."},expose:{type:"boolean",default:!1,description:"Add this port to the Service."}}}},exposeType:{enum:["ClusterIP","NodePort","LoadBalancer","ExternalName"],default:"ClusterIP",description:"Service type."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}},livenessProbe:{$ref:"#/definitions/probe",description:"Restart the container when this probe fails."},readinessProbe:{$ref:"#/definitions/probe",description:"Take the pod out of the Service while this probe fails."},startupProbe:{$ref:"#/definitions/probe",description:"Hold the other probes until this one succeeds."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0,default:0},periodSeconds:{type:"integer",minimum:1,default:10},timeoutSeconds:{type:"integer",minimum:1,default:1},successThreshold:{type:"integer",minimum:1,default:1},failureThreshold:{type:"integer",minimum:1,default:3},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},template:`apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  selector:
    matchLabels: {{json context.labels.selector}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
      hostAliases: {{json properties.hostAliases}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.ports}}
          ports:
{{#each properties.ports}}
            - name: {{json (default this.name (concat "port-" this.port))}}
              containerPort: {{json this.port}}
              protocol: {{json this.protocol}}
{{/each}}
{{else if (defined properties.port)}}
          ports:
            - containerPort: {{json properties.port}}
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
{{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
{{/if}}
{{#if properties.startupProbe}}
          startupProbe: {{json properties.startupProbe}}
{{/if}}
{{#if (where properties.ports "expose" true)}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  type: {{json properties.exposeType}}
  selector: {{json context.labels.selector}}
  ports:
{{#each (where properties.ports "expose" true)}}
    - name: {{json (default this.name (concat "port-" this.port))}}
      port: {{json this.port}}
      targetPort: {{json this.port}}
{{#if (ne this.protocol "TCP")}}
      protocol: {{json this.protocol}}
{{/if}}
{{/each}}
{{/if}}
`}},origins:{template:[307,5]}}]},{path:"templates/components/helm.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: helm
spec:
  version: 1.0.0
  description: >-
    A Helm chart from a project Repository, installed on the spoke by Flux: a HelmRepository (HTTP
    repositories) or an OCIRepository (oci:// registries) plus a HelmRelease. hubcast resolves the
    version range to the exact version Flux would pick, pins it, and records it in the lock.
  workloadType: application
  source: helm
  schema:
    type: object
    additionalProperties: false
    required: [chart, repository]
    properties:
      chart:
        type: string
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$'
        maxLength: 2048
        description: Chart name in the repository, e.g. podinfo.
      version:
        type: string
        minLength: 1
        default: '*'
        description: >-
          Exact version or semver range as Flux reads it (Masterminds/semver), e.g. ">=6.5 <7";
          "*" is the latest stable version.
      repository:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        description: >-
          Name of a Repository in the deployment's namespace, the profile's namespace or the
          system namespace.
      pin:
        type: boolean
        default: true
        description: >-
          Write the resolved exact version into the Flux objects (default). false keeps the range,
          so Flux floats within it; the lock still records the version hubcast resolved.
      values:
        type: object
        description: Inline chart values (HelmRelease spec.values).
      valuesFrom:
        type: array
        description: ConfigMaps/Secrets in the workload namespace with values, merged in order before \`values\`.
        items:
          type: object
          additionalProperties: false
          required: [kind, name]
          properties:
            kind: { enum: [ConfigMap, Secret] }
            name: { type: string, minLength: 1 }
            valuesKey: { type: string }
            targetPath: { type: string }
            optional: { type: boolean }
      releaseName:
        type: string
        maxLength: 53
        description: Helm release name (Flux default \`[targetNamespace-]<component>\`).
      targetNamespace:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Namespace the chart installs into (default the workload namespace).
      serviceAccountName:
        type: string
        minLength: 1
        description: Service account Flux impersonates for the release.
      interval:
        type: string
        pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'
        default: 10m
        description: How often Flux reconciles the source and the release.
      timeout:
        type: string
        pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'
        description: Timeout of Helm actions (HelmRelease spec.timeout).
      install:
        type: object
        description: HelmRelease spec.install (crds, createNamespace, remediation, ...), passed through.
      upgrade:
        type: object
        description: HelmRelease spec.upgrade (crds, cleanupOnFail, remediation, ...), passed through.
  template: |
    {{#if (eq context.source.type "oci")}}
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: OCIRepository
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
      url: {{json context.source.url}}
      ref:
    {{#if properties.pin}}
        tag: {{json context.source.tag}}
    {{else}}
        semver: {{json context.source.range}}
    {{/if}}
      layerSelector:
        mediaType: "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
        operation: copy
    {{#if context.source.secretRef}}
      secretRef:
        name: {{json context.source.secretRef}}
    {{/if}}
    {{#if context.source.insecure}}
      insecure: true
    {{/if}}
    {{else}}
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: HelmRepository
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
      url: {{json context.source.url}}
    {{#if context.source.secretRef}}
      secretRef:
        name: {{json context.source.secretRef}}
    {{/if}}
    {{/if}}
    ---
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
    {{#if (eq context.source.type "oci")}}
      chartRef:
        kind: OCIRepository
        name: {{json name}}
    {{else}}
      chart:
        spec:
          chart: {{json context.source.chart}}
    {{#if properties.pin}}
          version: {{json context.source.version}}
    {{else}}
          version: {{json context.source.range}}
    {{/if}}
          sourceRef:
            kind: HelmRepository
            name: {{json name}}
    {{/if}}
    {{#if (defined properties.releaseName)}}
      releaseName: {{json properties.releaseName}}
    {{/if}}
    {{#if (defined properties.targetNamespace)}}
      targetNamespace: {{json properties.targetNamespace}}
    {{/if}}
    {{#if (defined properties.serviceAccountName)}}
      serviceAccountName: {{json properties.serviceAccountName}}
    {{/if}}
    {{#if (defined properties.timeout)}}
      timeout: {{json properties.timeout}}
    {{/if}}
    {{#if (defined properties.install)}}
      install: {{json properties.install}}
    {{/if}}
    {{#if (defined properties.upgrade)}}
      upgrade: {{json properties.upgrade}}
    {{/if}}
    {{#if (defined properties.valuesFrom)}}
      valuesFrom: {{json properties.valuesFrom}}
    {{/if}}
    {{#if (defined properties.values)}}
      values: {{json properties.values}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"helm"},spec:{version:"1.0.0",description:"A Helm chart from a project Repository, installed on the spoke by Flux: a HelmRepository (HTTP repositories) or an OCIRepository (oci:// registries) plus a HelmRelease. hubcast resolves the version range to the exact version Flux would pick, pins it, and records it in the lock.",workloadType:"application",source:"helm",schema:{type:"object",additionalProperties:!1,required:["chart","repository"],properties:{chart:{type:"string",pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$",maxLength:2048,description:"Chart name in the repository, e.g. podinfo."},version:{type:"string",minLength:1,default:"*",description:'Exact version or semver range as Flux reads it (Masterminds/semver), e.g. ">=6.5 <7"; "*" is the latest stable version.'},repository:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",description:"Name of a Repository in the deployment's namespace, the profile's namespace or the system namespace."},pin:{type:"boolean",default:!0,description:"Write the resolved exact version into the Flux objects (default). false keeps the range, so Flux floats within it; the lock still records the version hubcast resolved."},values:{type:"object",description:"Inline chart values (HelmRelease spec.values)."},valuesFrom:{type:"array",description:"ConfigMaps/Secrets in the workload namespace with values, merged in order before `values`.",items:{type:"object",additionalProperties:!1,required:["kind","name"],properties:{kind:{enum:["ConfigMap","Secret"]},name:{type:"string",minLength:1},valuesKey:{type:"string"},targetPath:{type:"string"},optional:{type:"boolean"}}}},releaseName:{type:"string",maxLength:53,description:"Helm release name (Flux default `[targetNamespace-]<component>`)."},targetNamespace:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Namespace the chart installs into (default the workload namespace)."},serviceAccountName:{type:"string",minLength:1,description:"Service account Flux impersonates for the release."},interval:{type:"string",pattern:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$",default:"10m",description:"How often Flux reconciles the source and the release."},timeout:{type:"string",pattern:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$",description:"Timeout of Helm actions (HelmRelease spec.timeout)."},install:{type:"object",description:"HelmRelease spec.install (crds, createNamespace, remediation, ...), passed through."},upgrade:{type:"object",description:"HelmRelease spec.upgrade (crds, cleanupOnFail, remediation, ...), passed through."}}},template:`{{#if (eq context.source.type "oci")}}
apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
  url: {{json context.source.url}}
  ref:
{{#if properties.pin}}
    tag: {{json context.source.tag}}
{{else}}
    semver: {{json context.source.range}}
{{/if}}
  layerSelector:
    mediaType: "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
    operation: copy
{{#if context.source.secretRef}}
  secretRef:
    name: {{json context.source.secretRef}}
{{/if}}
{{#if context.source.insecure}}
  insecure: true
{{/if}}
{{else}}
apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
  url: {{json context.source.url}}
{{#if context.source.secretRef}}
  secretRef:
    name: {{json context.source.secretRef}}
{{/if}}
{{/if}}
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
{{#if (eq context.source.type "oci")}}
  chartRef:
    kind: OCIRepository
    name: {{json name}}
{{else}}
  chart:
    spec:
      chart: {{json context.source.chart}}
{{#if properties.pin}}
      version: {{json context.source.version}}
{{else}}
      version: {{json context.source.range}}
{{/if}}
      sourceRef:
        kind: HelmRepository
        name: {{json name}}
{{/if}}
{{#if (defined properties.releaseName)}}
  releaseName: {{json properties.releaseName}}
{{/if}}
{{#if (defined properties.targetNamespace)}}
  targetNamespace: {{json properties.targetNamespace}}
{{/if}}
{{#if (defined properties.serviceAccountName)}}
  serviceAccountName: {{json properties.serviceAccountName}}
{{/if}}
{{#if (defined properties.timeout)}}
  timeout: {{json properties.timeout}}
{{/if}}
{{#if (defined properties.install)}}
  install: {{json properties.install}}
{{/if}}
{{#if (defined properties.upgrade)}}
  upgrade: {{json properties.upgrade}}
{{/if}}
{{#if (defined properties.valuesFrom)}}
  valuesFrom: {{json properties.valuesFrom}}
{{/if}}
{{#if (defined properties.values)}}
  values: {{json properties.values}}
{{/if}}
`}},origins:{template:[87,5]}}]},{path:"templates/components/k8s-objects.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: k8s-objects
spec:
  version: 1.0.0
  description: >-
    Raw Kubernetes objects, emitted as written. Namespaced objects without metadata.namespace get
    the workload namespace.
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [objects]
    properties:
      objects:
        type: array
        minItems: 1
        description: The objects, each a complete Kubernetes object (apiVersion, kind, metadata.name, ...).
        items:
          type: object
          required: [apiVersion, kind, metadata]
          properties:
            apiVersion: { type: string, minLength: 1, description: API group/version. }
            kind: { type: string, minLength: 1, description: Object kind. }
            metadata:
              type: object
              required: [name]
              description: Object metadata; namespace defaults to the workload namespace for namespaced kinds.
              properties:
                name: { type: string, minLength: 1 }
                namespace: { type: string }
      clusterScopedKinds:
        type: array
        items: { type: string, minLength: 1 }
        description: >-
          Extra cluster-scoped kinds (custom resources) that must not get a namespace; built-in
          ones (Namespace, ClusterRole, StorageClass, CustomResourceDefinition, ...) are known.
  template: |
    {{#each properties.objects}}
    ---
    {{#each this}}
    {{#if (ne @key "metadata")}}
    {{json @key}}: {{json this}}
    {{/if}}
    {{/each}}
    metadata:
    {{#each this.metadata}}
    {{#if (ne @key "namespace")}}
      {{json @key}}: {{json this}}
    {{/if}}
    {{/each}}
    {{#if this.metadata.namespace}}
      namespace: {{json this.metadata.namespace}}
    {{else if (namespaced this.kind ../properties.clusterScopedKinds)}}
      namespace: {{json ../context.workload.namespace}}
    {{/if}}
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"k8s-objects"},spec:{version:"1.0.0",description:"Raw Kubernetes objects, emitted as written. Namespaced objects without metadata.namespace get the workload namespace.",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["objects"],properties:{objects:{type:"array",minItems:1,description:"The objects, each a complete Kubernetes object (apiVersion, kind, metadata.name, ...).",items:{type:"object",required:["apiVersion","kind","metadata"],properties:{apiVersion:{type:"string",minLength:1,description:"API group/version."},kind:{type:"string",minLength:1,description:"Object kind."},metadata:{type:"object",required:["name"],description:"Object metadata; namespace defaults to the workload namespace for namespaced kinds.",properties:{name:{type:"string",minLength:1},namespace:{type:"string"}}}}}},clusterScopedKinds:{type:"array",items:{type:"string",minLength:1},description:"Extra cluster-scoped kinds (custom resources) that must not get a namespace; built-in ones (Namespace, ClusterRole, StorageClass, CustomResourceDefinition, ...) are known."}}},template:`{{#each properties.objects}}
---
{{#each this}}
{{#if (ne @key "metadata")}}
{{json @key}}: {{json this}}
{{/if}}
{{/each}}
metadata:
{{#each this.metadata}}
{{#if (ne @key "namespace")}}
  {{json @key}}: {{json this}}
{{/if}}
{{/each}}
{{#if this.metadata.namespace}}
  namespace: {{json this.metadata.namespace}}
{{else if (namespaced this.kind ../properties.clusterScopedKinds)}}
  namespace: {{json ../context.workload.namespace}}
{{/if}}
{{/each}}
`}},origins:{template:[40,5]}}]},{path:"templates/components/kustomize.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: kustomize
spec:
  version: 1.0.0
  description: >-
    A folder of a git repository applied on the spoke by Flux: a GitRepository plus a Kustomization.
    hubcast resolves the branch, tag or semver range to a commit with git ls-remote, pins it as
    ref.commit, and records it in the lock.
  workloadType: application
  source: git
  schema:
    type: object
    additionalProperties: false
    required: [url, ref]
    properties:
      url:
        type: string
        pattern: '^(https?|ssh)://\\S+$'
        description: Git URL as Flux takes it (http, https or ssh).
      ref:
        type: object
        additionalProperties: false
        minProperties: 1
        description: >-
          What to check out: branch, tag, semver (a range over the tags), commit or name (a full
          ref); Flux's precedence commit > name > semver > tag > branch applies.
        properties:
          branch: { type: string, minLength: 1 }
          tag: { type: string, minLength: 1 }
          semver: { type: string, minLength: 1 }
          commit: { type: string, pattern: '^[0-9a-f]{40}$' }
          name: { type: string, pattern: '^refs/' }
      path:
        type: string
        default: ./
        description: Folder with the kustomization.yaml (or plain manifests), relative to the repository root.
      secretRef:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'
        description: Secret with git credentials (in the workload namespace on the spoke; HUBCAST_SECRET_* for hubcast).
      pin:
        type: boolean
        default: true
        description: >-
          Write the resolved commit as ref.commit (default). false keeps the ref as written, so
          Flux follows it; the lock still records the commit hubcast resolved.
      prune:
        type: boolean
        default: true
        description: Delete objects that disappear from the folder (Kustomization spec.prune).
      targetNamespace:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Namespace set on every object of the folder.
      interval:
        type: string
        pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'
        default: 10m
        description: How often Flux reconciles the source and the Kustomization.
  template: |
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: GitRepository
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
      url: {{json context.source.url}}
    {{#if properties.pin}}
      ref:
    {{#if context.source.branch}}
        branch: {{json context.source.branch}}
    {{/if}}
        commit: {{json context.source.commit}}
    {{else}}
      ref: {{json properties.ref}}
    {{/if}}
    {{#if context.source.secretRef}}
      secretRef:
        name: {{json context.source.secretRef}}
    {{/if}}
    ---
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
      path: {{json properties.path}}
      prune: {{json properties.prune}}
      sourceRef:
        kind: GitRepository
        name: {{json name}}
    {{#if (defined properties.targetNamespace)}}
      targetNamespace: {{json properties.targetNamespace}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"kustomize"},spec:{version:"1.0.0",description:"A folder of a git repository applied on the spoke by Flux: a GitRepository plus a Kustomization. hubcast resolves the branch, tag or semver range to a commit with git ls-remote, pins it as ref.commit, and records it in the lock.",workloadType:"application",source:"git",schema:{type:"object",additionalProperties:!1,required:["url","ref"],properties:{url:{type:"string",pattern:"^(https?|ssh)://\\S+$",description:"Git URL as Flux takes it (http, https or ssh)."},ref:{type:"object",additionalProperties:!1,minProperties:1,description:"What to check out: branch, tag, semver (a range over the tags), commit or name (a full ref); Flux's precedence commit > name > semver > tag > branch applies.",properties:{branch:{type:"string",minLength:1},tag:{type:"string",minLength:1},semver:{type:"string",minLength:1},commit:{type:"string",pattern:"^[0-9a-f]{40}$"},name:{type:"string",pattern:"^refs/"}}},path:{type:"string",default:"./",description:"Folder with the kustomization.yaml (or plain manifests), relative to the repository root."},secretRef:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",description:"Secret with git credentials (in the workload namespace on the spoke; HUBCAST_SECRET_* for hubcast)."},pin:{type:"boolean",default:!0,description:"Write the resolved commit as ref.commit (default). false keeps the ref as written, so Flux follows it; the lock still records the commit hubcast resolved."},prune:{type:"boolean",default:!0,description:"Delete objects that disappear from the folder (Kustomization spec.prune)."},targetNamespace:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Namespace set on every object of the folder."},interval:{type:"string",pattern:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$",default:"10m",description:"How often Flux reconciles the source and the Kustomization."}}},template:`apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
  url: {{json context.source.url}}
{{#if properties.pin}}
  ref:
{{#if context.source.branch}}
    branch: {{json context.source.branch}}
{{/if}}
    commit: {{json context.source.commit}}
{{else}}
  ref: {{json properties.ref}}
{{/if}}
{{#if context.source.secretRef}}
  secretRef:
    name: {{json context.source.secretRef}}
{{/if}}
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
  path: {{json properties.path}}
  prune: {{json properties.prune}}
  sourceRef:
    kind: GitRepository
    name: {{json name}}
{{#if (defined properties.targetNamespace)}}
  targetNamespace: {{json properties.targetNamespace}}
{{/if}}
`}},origins:{template:[64,5]}}]},{path:"templates/components/statefulset.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: statefulset
spec:
  version: 1.0.0
  description: >-
    Stateful service: an apps/v1 StatefulSet and, when any port is exposed, a v1 Service selecting
    its pods (KubeVela's statefulset component).
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      replicas:
        type: integer
        minimum: 0
        description: Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1).
      port:
        type: integer
        minimum: 1
        maximum: 65535
        description: Legacy single container port (not exposed). Ignored when \`ports\` is set.
      ports:
        type: array
        description: Ports the container listens on; those with \`expose\` reach the Service.
        items:
          type: object
          additionalProperties: false
          anyOf:
            - required: [port]
            - required: [containerPort]
          properties:
            port:
              type: integer
              minimum: 1
              maximum: 65535
              description: Service port (default containerPort).
            containerPort:
              type: integer
              minimum: 1
              maximum: 65535
              description: Port the container listens on (default port).
            name:
              type: string
              pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
              maxLength: 15
              description: Port name (default port-<containerPort>, with -udp/-sctp for those protocols).
            protocol:
              enum: [TCP, UDP, SCTP]
              default: TCP
              description: Transport protocol.
            expose:
              type: boolean
              default: false
              description: Add this port to the Service.
            nodePort:
              type: integer
              minimum: 30000
              maximum: 32767
              description: Fixed node port, used when exposeType is NodePort.
      exposeType:
        enum: [ClusterIP, NodePort, LoadBalancer]
        default: ClusterIP
        description: Service type.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Restart the container when this probe fails.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Take the pod out of the Service while this probe fails.
      startupProbe:
        $ref: '#/definitions/probe'
        description: Hold the other probes until this one succeeds.
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0, default: 0 }
          periodSeconds: { type: integer, minimum: 1, default: 10 }
          timeoutSeconds: { type: integer, minimum: 1, default: 1 }
          successThreshold: { type: integer, minimum: 1, default: 1 }
          failureThreshold: { type: integer, minimum: 1, default: 3 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  template: |
    apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
    {{#if (defined properties.replicas)}}
      replicas: {{json properties.replicas}}
    {{/if}}
      selector:
        matchLabels: {{json context.labels.selector}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.ports}}
              ports:
    {{#each properties.ports}}
    {{#if this.name}}
                - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
                - name: {{json (concat "port-" (default this.containerPort this.port))}}
    {{else}}
                - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
    {{/if}}
                  containerPort: {{json (default this.containerPort this.port)}}
                  protocol: {{json this.protocol}}
    {{/each}}
    {{else if (defined properties.port)}}
              ports:
                - containerPort: {{json properties.port}}
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
    {{#if properties.livenessProbe}}
              livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
              readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
    {{#if properties.startupProbe}}
              startupProbe: {{json properties.startupProbe}}
    {{/if}}
    {{#if (where properties.ports "expose" true)}}
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      type: {{json properties.exposeType}}
      selector: {{json context.labels.selector}}
      ports:
    {{#each (where properties.ports "expose" true)}}
    {{#if this.name}}
        - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
        - name: {{json (concat "port-" (default this.containerPort this.port))}}
    {{else}}
        - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
    {{/if}}
          port: {{json (default this.port this.containerPort)}}
          targetPort: {{json (default this.containerPort this.port)}}
          protocol: {{json this.protocol}}
    {{#if (and this.nodePort (eq ../properties.exposeType "NodePort"))}}
          nodePort: {{json this.nodePort}}
    {{/if}}
    {{/each}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"statefulset"},spec:{version:"1.0.0",description:"Stateful service: an apps/v1 StatefulSet and, when any port is exposed, a v1 Service selecting its pods (KubeVela's statefulset component).",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},replicas:{type:"integer",minimum:0,description:"Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1)."},port:{type:"integer",minimum:1,maximum:65535,description:"Legacy single container port (not exposed). Ignored when `ports` is set."},ports:{type:"array",description:"Ports the container listens on; those with `expose` reach the Service.",items:{type:"object",additionalProperties:!1,anyOf:[{required:["port"]},{required:["containerPort"]}],properties:{port:{type:"integer",minimum:1,maximum:65535,description:"Service port (default containerPort)."},containerPort:{type:"integer",minimum:1,maximum:65535,description:"Port the container listens on (default port)."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name (default port-<containerPort>, with -udp/-sctp for those protocols)."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Transport protocol."},expose:{type:"boolean",default:!1,description:"Add this port to the Service."},nodePort:{type:"integer",minimum:3e4,maximum:32767,description:"Fixed node port, used when exposeType is NodePort."}}}},exposeType:{enum:["ClusterIP","NodePort","LoadBalancer"],default:"ClusterIP",description:"Service type."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}},livenessProbe:{$ref:"#/definitions/probe",description:"Restart the container when this probe fails."},readinessProbe:{$ref:"#/definitions/probe",description:"Take the pod out of the Service while this probe fails."},startupProbe:{$ref:"#/definitions/probe",description:"Hold the other probes until this one succeeds."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0,default:0},periodSeconds:{type:"integer",minimum:1,default:10},timeoutSeconds:{type:"integer",minimum:1,default:1},successThreshold:{type:"integer",minimum:1,default:1},failureThreshold:{type:"integer",minimum:1,default:3},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},template:`apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
{{#if (defined properties.replicas)}}
  replicas: {{json properties.replicas}}
{{/if}}
  selector:
    matchLabels: {{json context.labels.selector}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
      hostAliases: {{json properties.hostAliases}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.ports}}
          ports:
{{#each properties.ports}}
{{#if this.name}}
            - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
            - name: {{json (concat "port-" (default this.containerPort this.port))}}
{{else}}
            - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
{{/if}}
              containerPort: {{json (default this.containerPort this.port)}}
              protocol: {{json this.protocol}}
{{/each}}
{{else if (defined properties.port)}}
          ports:
            - containerPort: {{json properties.port}}
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
{{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
{{/if}}
{{#if properties.startupProbe}}
          startupProbe: {{json properties.startupProbe}}
{{/if}}
{{#if (where properties.ports "expose" true)}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  type: {{json properties.exposeType}}
  selector: {{json context.labels.selector}}
  ports:
{{#each (where properties.ports "expose" true)}}
{{#if this.name}}
    - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
    - name: {{json (concat "port-" (default this.containerPort this.port))}}
{{else}}
    - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
{{/if}}
      port: {{json (default this.port this.containerPort)}}
      targetPort: {{json (default this.containerPort this.port)}}
      protocol: {{json this.protocol}}
{{#if (and this.nodePort (eq ../properties.exposeType "NodePort"))}}
      nodePort: {{json this.nodePort}}
{{/if}}
{{/each}}
{{/if}}
`}},origins:{template:[323,5]}}]},{path:"templates/components/task.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: task
spec:
  version: 1.0.0
  description: >-
    Run-to-completion work: a batch/v1 Job named <workload>-<component> running \`count\` pods (migrations,
    batch processing).
  workloadType: task
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      count:
        type: integer
        minimum: 1
        default: 1
        description: Pods that must complete (Job completions and parallelism).
      restart:
        enum: [Never, OnFailure]
        default: Never
        description: Pod restartPolicy.
      backoffLimit:
        type: integer
        minimum: 0
        description: Retries before the Job is marked failed (Kubernetes default 6).
      activeDeadlineSeconds:
        type: integer
        minimum: 1
        description: Time limit for the Job, in seconds.
      ttlSecondsAfterFinished:
        type: integer
        minimum: 0
        description: Delete the finished Job after this many seconds.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
  template: |
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: {{json (concat context.workload.name "-" name)}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      parallelism: {{json properties.count}}
      completions: {{json properties.count}}
    {{#if (defined properties.backoffLimit)}}
      backoffLimit: {{json properties.backoffLimit}}
    {{/if}}
    {{#if (defined properties.activeDeadlineSeconds)}}
      activeDeadlineSeconds: {{json properties.activeDeadlineSeconds}}
    {{/if}}
    {{#if (defined properties.ttlSecondsAfterFinished)}}
      ttlSecondsAfterFinished: {{json properties.ttlSecondsAfterFinished}}
    {{/if}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
          restartPolicy: {{json properties.restart}}
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"task"},spec:{version:"1.0.0",description:"Run-to-completion work: a batch/v1 Job named <workload>-<component> running `count` pods (migrations, batch processing).",workloadType:"task",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},count:{type:"integer",minimum:1,default:1,description:"Pods that must complete (Job completions and parallelism)."},restart:{enum:["Never","OnFailure"],default:"Never",description:"Pod restartPolicy."},backoffLimit:{type:"integer",minimum:0,description:"Retries before the Job is marked failed (Kubernetes default 6)."},activeDeadlineSeconds:{type:"integer",minimum:1,description:"Time limit for the Job, in seconds."},ttlSecondsAfterFinished:{type:"integer",minimum:0,description:"Delete the finished Job after this many seconds."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}}}},template:`apiVersion: batch/v1
kind: Job
metadata:
  name: {{json (concat context.workload.name "-" name)}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  parallelism: {{json properties.count}}
  completions: {{json properties.count}}
{{#if (defined properties.backoffLimit)}}
  backoffLimit: {{json properties.backoffLimit}}
{{/if}}
{{#if (defined properties.activeDeadlineSeconds)}}
  activeDeadlineSeconds: {{json properties.activeDeadlineSeconds}}
{{/if}}
{{#if (defined properties.ttlSecondsAfterFinished)}}
  ttlSecondsAfterFinished: {{json properties.ttlSecondsAfterFinished}}
{{/if}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
      restartPolicy: {{json properties.restart}}
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
`}},origins:{template:[221,5]}}]},{path:"templates/components/webservice.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: webservice
spec:
  version: 1.0.0
  description: >-
    Long-running web service: an apps/v1 Deployment and, when any port is exposed, a v1 Service
    selecting its pods.
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      replicas:
        type: integer
        minimum: 0
        description: Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1).
      port:
        type: integer
        minimum: 1
        maximum: 65535
        description: >-
          Legacy single port: the container port, always exposed through the Service on the same
          port (TCP). Ignored when \`ports\` is set.
      ports:
        type: array
        description: Ports the container listens on; those with \`expose\` (or all, with the top-level \`expose\`) reach the Service.
        items:
          type: object
          additionalProperties: false
          anyOf:
            - required: [port]
            - required: [containerPort]
          properties:
            port:
              type: integer
              minimum: 1
              maximum: 65535
              description: Service port (default containerPort).
            containerPort:
              type: integer
              minimum: 1
              maximum: 65535
              description: Port the container listens on (default port).
            name:
              type: string
              pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
              maxLength: 15
              description: Port name (default port-<containerPort>, with -udp/-sctp for those protocols).
            protocol:
              enum: [TCP, UDP, SCTP]
              default: TCP
              description: Transport protocol.
            expose:
              type: boolean
              default: false
              description: Add this port to the Service.
            nodePort:
              type: integer
              minimum: 30000
              maximum: 32767
              description: Fixed node port, used when exposeType is NodePort or LoadBalancer.
      expose:
        type: boolean
        default: false
        description: Expose every port in \`ports\` through the Service.
      exposeType:
        enum: [ClusterIP, NodePort, LoadBalancer]
        default: ClusterIP
        description: Service type.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Restart the container when this probe fails.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Take the pod out of the Service while this probe fails.
      startupProbe:
        $ref: '#/definitions/probe'
        description: Hold the other probes until this one succeeds.
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0, default: 0 }
          periodSeconds: { type: integer, minimum: 1, default: 10 }
          timeoutSeconds: { type: integer, minimum: 1, default: 1 }
          successThreshold: { type: integer, minimum: 1, default: 1 }
          failureThreshold: { type: integer, minimum: 1, default: 3 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  template: |
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
    {{#if (defined properties.replicas)}}
      replicas: {{json properties.replicas}}
    {{/if}}
      selector:
        matchLabels: {{json context.labels.selector}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.ports}}
              ports:
    {{#each properties.ports}}
    {{#if this.name}}
                - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
                - name: {{json (concat "port-" (default this.containerPort this.port))}}
    {{else}}
                - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
    {{/if}}
                  containerPort: {{json (default this.containerPort this.port)}}
                  protocol: {{json this.protocol}}
    {{/each}}
    {{else if (defined properties.port)}}
              ports:
                - name: {{json (concat "port-" properties.port)}}
                  containerPort: {{json properties.port}}
                  protocol: TCP
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
    {{#if properties.livenessProbe}}
              livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
              readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
    {{#if properties.startupProbe}}
              startupProbe: {{json properties.startupProbe}}
    {{/if}}
    {{#if (or (and properties.ports (or properties.expose (where properties.ports "expose" true))) (and (not properties.ports) (defined properties.port)))}}
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      type: {{json properties.exposeType}}
      selector: {{json context.labels.selector}}
      ports:
    {{#if properties.ports}}
    {{#each properties.ports}}
    {{#if (or ../properties.expose this.expose)}}
    {{#if this.name}}
        - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
        - name: {{json (concat "port-" (default this.containerPort this.port))}}
    {{else}}
        - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
    {{/if}}
          port: {{json (default this.port this.containerPort)}}
          targetPort: {{json (default this.containerPort this.port)}}
          protocol: {{json this.protocol}}
    {{#if (and this.nodePort (ne ../properties.exposeType "ClusterIP"))}}
          nodePort: {{json this.nodePort}}
    {{/if}}
    {{/if}}
    {{/each}}
    {{else}}
        - name: {{json (concat "port-" properties.port)}}
          port: {{json properties.port}}
          targetPort: {{json properties.port}}
          protocol: TCP
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"webservice"},spec:{version:"1.0.0",description:"Long-running web service: an apps/v1 Deployment and, when any port is exposed, a v1 Service selecting its pods.",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},replicas:{type:"integer",minimum:0,description:"Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1)."},port:{type:"integer",minimum:1,maximum:65535,description:"Legacy single port: the container port, always exposed through the Service on the same port (TCP). Ignored when `ports` is set."},ports:{type:"array",description:"Ports the container listens on; those with `expose` (or all, with the top-level `expose`) reach the Service.",items:{type:"object",additionalProperties:!1,anyOf:[{required:["port"]},{required:["containerPort"]}],properties:{port:{type:"integer",minimum:1,maximum:65535,description:"Service port (default containerPort)."},containerPort:{type:"integer",minimum:1,maximum:65535,description:"Port the container listens on (default port)."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name (default port-<containerPort>, with -udp/-sctp for those protocols)."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Transport protocol."},expose:{type:"boolean",default:!1,description:"Add this port to the Service."},nodePort:{type:"integer",minimum:3e4,maximum:32767,description:"Fixed node port, used when exposeType is NodePort or LoadBalancer."}}}},expose:{type:"boolean",default:!1,description:"Expose every port in `ports` through the Service."},exposeType:{enum:["ClusterIP","NodePort","LoadBalancer"],default:"ClusterIP",description:"Service type."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}},livenessProbe:{$ref:"#/definitions/probe",description:"Restart the container when this probe fails."},readinessProbe:{$ref:"#/definitions/probe",description:"Take the pod out of the Service while this probe fails."},startupProbe:{$ref:"#/definitions/probe",description:"Hold the other probes until this one succeeds."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0,default:0},periodSeconds:{type:"integer",minimum:1,default:10},timeoutSeconds:{type:"integer",minimum:1,default:1},successThreshold:{type:"integer",minimum:1,default:1},failureThreshold:{type:"integer",minimum:1,default:3},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},template:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
{{#if (defined properties.replicas)}}
  replicas: {{json properties.replicas}}
{{/if}}
  selector:
    matchLabels: {{json context.labels.selector}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
      hostAliases: {{json properties.hostAliases}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.ports}}
          ports:
{{#each properties.ports}}
{{#if this.name}}
            - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
            - name: {{json (concat "port-" (default this.containerPort this.port))}}
{{else}}
            - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
{{/if}}
              containerPort: {{json (default this.containerPort this.port)}}
              protocol: {{json this.protocol}}
{{/each}}
{{else if (defined properties.port)}}
          ports:
            - name: {{json (concat "port-" properties.port)}}
              containerPort: {{json properties.port}}
              protocol: TCP
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
{{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
{{/if}}
{{#if properties.startupProbe}}
          startupProbe: {{json properties.startupProbe}}
{{/if}}
{{#if (or (and properties.ports (or properties.expose (where properties.ports "expose" true))) (and (not properties.ports) (defined properties.port)))}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  type: {{json properties.exposeType}}
  selector: {{json context.labels.selector}}
  ports:
{{#if properties.ports}}
{{#each properties.ports}}
{{#if (or ../properties.expose this.expose)}}
{{#if this.name}}
    - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
    - name: {{json (concat "port-" (default this.containerPort this.port))}}
{{else}}
    - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
{{/if}}
      port: {{json (default this.port this.containerPort)}}
      targetPort: {{json (default this.containerPort this.port)}}
      protocol: {{json this.protocol}}
{{#if (and this.nodePort (ne ../properties.exposeType "ClusterIP"))}}
      nodePort: {{json this.nodePort}}
{{/if}}
{{/if}}
{{/each}}
{{else}}
    - name: {{json (concat "port-" properties.port)}}
      port: {{json properties.port}}
      targetPort: {{json properties.port}}
      protocol: TCP
{{/if}}
{{/if}}
`}},origins:{template:[329,5]}}]},{path:"templates/components/worker.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: worker
spec:
  version: 1.0.0
  description: >-
    Long-running background process without network exposure: an apps/v1 Deployment and no
    Service (queue consumers, schedulers, controllers).
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      replicas:
        type: integer
        minimum: 0
        description: Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1).
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Restart the container when this probe fails.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Take the pod out of the Service while this probe fails.
      startupProbe:
        $ref: '#/definitions/probe'
        description: Hold the other probes until this one succeeds.
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0, default: 0 }
          periodSeconds: { type: integer, minimum: 1, default: 10 }
          timeoutSeconds: { type: integer, minimum: 1, default: 1 }
          successThreshold: { type: integer, minimum: 1, default: 1 }
          failureThreshold: { type: integer, minimum: 1, default: 3 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  template: |
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
    {{#if (defined properties.replicas)}}
      replicas: {{json properties.replicas}}
    {{/if}}
      selector:
        matchLabels: {{json context.labels.selector}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
    {{#if properties.livenessProbe}}
              livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
              readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
    {{#if properties.startupProbe}}
              startupProbe: {{json properties.startupProbe}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"worker"},spec:{version:"1.0.0",description:"Long-running background process without network exposure: an apps/v1 Deployment and no Service (queue consumers, schedulers, controllers).",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},replicas:{type:"integer",minimum:0,description:"Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1)."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}},livenessProbe:{$ref:"#/definitions/probe",description:"Restart the container when this probe fails."},readinessProbe:{$ref:"#/definitions/probe",description:"Take the pod out of the Service while this probe fails."},startupProbe:{$ref:"#/definitions/probe",description:"Hold the other probes until this one succeeds."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0,default:0},periodSeconds:{type:"integer",minimum:1,default:10},timeoutSeconds:{type:"integer",minimum:1,default:1},successThreshold:{type:"integer",minimum:1,default:1},failureThreshold:{type:"integer",minimum:1,default:3},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},template:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
{{#if (defined properties.replicas)}}
  replicas: {{json properties.replicas}}
{{/if}}
  selector:
    matchLabels: {{json context.labels.selector}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
      hostAliases: {{json properties.hostAliases}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
{{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
{{/if}}
{{#if properties.startupProbe}}
          startupProbe: {{json properties.startupProbe}}
{{/if}}
`}},origins:{template:[276,5]}}]},{path:"templates/traits/annotations.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: annotations
spec:
  version: 1.0.0
  description: >-
    Annotations on every object of the component and on the pod template of its workloads. The
    properties are the annotations themselves; a null value removes an annotation.
  appliesTo: ['*']
  schema:
    type: object
    description: Annotation name -> value.
    propertyNames:
      pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$'
    additionalProperties:
      type: [string, 'null']
      description: Annotation value (null removes the annotation).
  patch: |
    object:
      metadata:
        annotations: {{json properties}}
    podTemplate:
      metadata:
        annotations: {{json properties}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"annotations"},spec:{version:"1.0.0",description:"Annotations on every object of the component and on the pod template of its workloads. The properties are the annotations themselves; a null value removes an annotation.",appliesTo:["*"],schema:{type:"object",description:"Annotation name -> value.",propertyNames:{pattern:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},additionalProperties:{type:["string","null"],description:"Annotation value (null removes the annotation)."}},patch:`object:
  metadata:
    annotations: {{json properties}}
podTemplate:
  metadata:
    annotations: {{json properties}}
`}},origins:{patch:[20,5]}}]},{path:"templates/traits/command.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: command
spec:
  version: 1.0.0
  description: Replaces the command and/or arguments of a container (the main one by default).
  schema:
    type: object
    additionalProperties: false
    anyOf:
      - required: [command]
      - required: [args]
    properties:
      command:
        type: array
        items: { type: string }
        description: New command (the image ENTRYPOINT is not used).
      args:
        type: array
        items: { type: string }
        description: New arguments.
      containerName:
        type: string
        minLength: 1
        description: Container to change (default the main container, named like the component).
  patch: |
    {{#if properties.containerName}}
    podSpec:
      containers:
        - name: {{json properties.containerName}}
    {{else}}
    container:
    {{/if}}
    {{#if properties.command}}
          command: {{json properties.command}}
    {{/if}}
    {{#if properties.args}}
          args: {{json properties.args}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"command"},spec:{version:"1.0.0",description:"Replaces the command and/or arguments of a container (the main one by default).",schema:{type:"object",additionalProperties:!1,anyOf:[{required:["command"]},{required:["args"]}],properties:{command:{type:"array",items:{type:"string"},description:"New command (the image ENTRYPOINT is not used)."},args:{type:"array",items:{type:"string"},description:"New arguments."},containerName:{type:"string",minLength:1,description:"Container to change (default the main container, named like the component)."}}},patch:`{{#if properties.containerName}}
podSpec:
  containers:
    - name: {{json properties.containerName}}
{{else}}
container:
{{/if}}
{{#if properties.command}}
      command: {{json properties.command}}
{{/if}}
{{#if properties.args}}
      args: {{json properties.args}}
{{/if}}
`}},origins:{patch:[28,5]}}]},{path:"templates/traits/container-image.yaml",text:`# Mirrors KubeVela's container-image trait (vela-templates/definitions/internal/trait/container-image.cue):
# sets the image (and pull policy) of a named container, an error when there is no such container.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: container-image
spec:
  version: 1.0.0
  description: >-
    Sets the image (and optionally the pull policy) of a container: the main one, the one named
    containerName, or each of \`containers\`. A container that does not exist is an error.
  schema:
    type: object
    additionalProperties: false
    oneOf:
      - required: [image]
      - required: [containers]
    properties:
      containerName: { type: string, default: '', description: Container to change (default the main container, named like the component). }
      image: { type: string, minLength: 1, description: New image. }
      imagePullPolicy: { enum: ['', IfNotPresent, Always, Never], default: '', description: New pull policy ("" keeps the container's). }
      containers:
        type: array
        minItems: 1
        description: Several containers at once, each {containerName, image, imagePullPolicy}.
        items:
          type: object
          additionalProperties: false
          required: [containerName, image]
          properties:
            containerName: { type: string, minLength: 1 }
            image: { type: string, minLength: 1 }
            imagePullPolicy: { enum: ['', IfNotPresent, Always, Never], default: '' }
  patch: |
    podSpec:
      containers:
    {{#if properties.containers}}
    {{#each properties.containers}}
        - name: {{json this.containerName}}
          image: {{json this.image}}
    {{#if this.imagePullPolicy}}
          imagePullPolicy: {{json this.imagePullPolicy}}
    {{/if}}
          $patch: existing
    {{/each}}
    {{else}}
    {{#if properties.containerName}}
        - name: {{json properties.containerName}}
    {{else}}
        - name: {{json name}}
    {{/if}}
          image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
          $patch: existing
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"container-image"},spec:{version:"1.0.0",description:"Sets the image (and optionally the pull policy) of a container: the main one, the one named containerName, or each of `containers`. A container that does not exist is an error.",schema:{type:"object",additionalProperties:!1,oneOf:[{required:["image"]},{required:["containers"]}],properties:{containerName:{type:"string",default:"",description:"Container to change (default the main container","named like the component).":null},image:{type:"string",minLength:1,description:"New image."},imagePullPolicy:{enum:["","IfNotPresent","Always","Never"],default:"",description:`New pull policy ("" keeps the container's).`},containers:{type:"array",minItems:1,description:"Several containers at once, each {containerName, image, imagePullPolicy}.",items:{type:"object",additionalProperties:!1,required:["containerName","image"],properties:{containerName:{type:"string",minLength:1},image:{type:"string",minLength:1},imagePullPolicy:{enum:["","IfNotPresent","Always","Never"],default:""}}}}}},patch:`podSpec:
  containers:
{{#if properties.containers}}
{{#each properties.containers}}
    - name: {{json this.containerName}}
      image: {{json this.image}}
{{#if this.imagePullPolicy}}
      imagePullPolicy: {{json this.imagePullPolicy}}
{{/if}}
      $patch: existing
{{/each}}
{{else}}
{{#if properties.containerName}}
    - name: {{json properties.containerName}}
{{else}}
    - name: {{json name}}
{{/if}}
      image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
      imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
      $patch: existing
{{/if}}
`}},origins:{patch:[35,5]}}]},{path:"templates/traits/env.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: env
spec:
  version: 1.0.0
  description: >-
    Sets environment variables on a container (the main one by default). Variables already set
    are replaced by name, new ones are appended, a null value (map form) removes one.
  schema:
    type: object
    additionalProperties: false
    required: [env]
    properties:
      env:
        description: >-
          Either a map NAME: value (null removes the variable) or a list of Kubernetes EnvVar
          items {name, value} / {name, valueFrom}.
        oneOf:
          - type: object
            minProperties: 1
            additionalProperties: { type: [string, 'null'] }
          - type: array
            minItems: 1
            items: { $ref: '#/definitions/envVar' }
      containerName:
        type: string
        minLength: 1
        description: Container to set them on (default the main container, named like the component).
    definitions:
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
  patch: |
    {{#if properties.containerName}}
    podSpec:
      containers:
        - name: {{json properties.containerName}}
          env:
    {{else}}
    container:
          env:
    {{/if}}
    {{#if (isList properties.env)}}
    {{#each properties.env}}
            - {{json (merge (dict "value" null "valueFrom" null) this)}}
    {{/each}}
    {{else}}
    {{#each properties.env}}
    {{#if (defined this)}}
            - name: {{json @key}}
              value: {{json this}}
              valueFrom: null
    {{else}}
            - name: {{json @key}}
              $patch: delete
    {{/if}}
    {{/each}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"env"},spec:{version:"1.0.0",description:"Sets environment variables on a container (the main one by default). Variables already set are replaced by name, new ones are appended, a null value (map form) removes one.",schema:{type:"object",additionalProperties:!1,required:["env"],properties:{env:{description:"Either a map NAME: value (null removes the variable) or a list of Kubernetes EnvVar items {name, value} / {name, valueFrom}.",oneOf:[{type:"object",minProperties:1,additionalProperties:{type:["string","null"]}},{type:"array",minItems:1,items:{$ref:"#/definitions/envVar"}}]},containerName:{type:"string",minLength:1,description:"Container to set them on (default the main container, named like the component)."}},definitions:{envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}}}},patch:`{{#if properties.containerName}}
podSpec:
  containers:
    - name: {{json properties.containerName}}
      env:
{{else}}
container:
      env:
{{/if}}
{{#if (isList properties.env)}}
{{#each properties.env}}
        - {{json (merge (dict "value" null "valueFrom" null) this)}}
{{/each}}
{{else}}
{{#each properties.env}}
{{#if (defined this)}}
        - name: {{json @key}}
          value: {{json this}}
          valueFrom: null
{{else}}
        - name: {{json @key}}
          $patch: delete
{{/if}}
{{/each}}
{{/if}}
`}},origins:{patch:[75,5]}}]},{path:"templates/traits/expose.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: expose
spec:
  version: 1.0.0
  description: >-
    A v1 Service in front of the component's pods, for components that do not make one (worker)
    or for a second Service with another type.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    required: [ports]
    properties:
      name:
        type: string
        pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Service name (default the component name; set it when the component already has a Service).
      type:
        enum: [ClusterIP, NodePort, LoadBalancer]
        default: ClusterIP
        description: Service type.
      ports:
        type: array
        minItems: 1
        description: Service ports.
        items:
          type: object
          additionalProperties: false
          required: [port]
          properties:
            port: { type: integer, minimum: 1, maximum: 65535, description: Service port. }
            targetPort: { type: [integer, string], description: Container port number or name (default port). }
            name: { type: string, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 15, description: Port name (default port-<port>). }
            protocol: { enum: [TCP, UDP, SCTP], default: TCP, description: Protocol. }
            nodePort: { type: integer, minimum: 30000, maximum: 32767, description: Fixed node port (NodePort and LoadBalancer). }
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Service annotations (load balancer settings, ...).
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra Service labels.
      selector:
        type: object
        additionalProperties: { type: string }
        description: Pod selector (default the component's selector labels).
      matchLabels:
        type: object
        additionalProperties: { type: string }
        description: KubeVela's name for \`selector\`.
  outputs: |
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json (default properties.name name)}}
      namespace: {{json context.workload.namespace}}
      labels: {{json (merge properties.labels context.labels.object)}}
    {{#if properties.annotations}}
      annotations: {{json properties.annotations}}
    {{/if}}
    spec:
      type: {{json properties.type}}
      selector: {{json (default properties.selector properties.matchLabels context.labels.selector)}}
      ports:
    {{#each properties.ports}}
    {{#if this.name}}
        - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
        - name: {{json (concat "port-" this.port)}}
    {{else}}
        - name: {{json (concat "port-" this.port "-" (lower this.protocol))}}
    {{/if}}
          port: {{json this.port}}
          targetPort: {{json (default this.targetPort this.port)}}
          protocol: {{json this.protocol}}
    {{#if (and this.nodePort (ne ../properties.type "ClusterIP"))}}
          nodePort: {{json this.nodePort}}
    {{/if}}
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"expose"},spec:{version:"1.0.0",description:"A v1 Service in front of the component's pods, for components that do not make one (worker) or for a second Service with another type.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,required:["ports"],properties:{name:{type:"string",pattern:"^[a-z]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Service name (default the component name; set it when the component already has a Service)."},type:{enum:["ClusterIP","NodePort","LoadBalancer"],default:"ClusterIP",description:"Service type."},ports:{type:"array",minItems:1,description:"Service ports.",items:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer",minimum:1,maximum:65535,description:"Service port."},targetPort:{type:["integer","string"],description:"Container port number or name (default port)."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name (default port-<port>)."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Protocol."},nodePort:{type:"integer",minimum:3e4,maximum:32767,description:"Fixed node port (NodePort and LoadBalancer)."}}}},annotations:{type:"object",additionalProperties:{type:"string"},description:"Service annotations (load balancer settings, ...)."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra Service labels."},selector:{type:"object",additionalProperties:{type:"string"},description:"Pod selector (default the component's selector labels)."},matchLabels:{type:"object",additionalProperties:{type:"string"},description:"KubeVela's name for `selector`."}}},outputs:`apiVersion: v1
kind: Service
metadata:
  name: {{json (default properties.name name)}}
  namespace: {{json context.workload.namespace}}
  labels: {{json (merge properties.labels context.labels.object)}}
{{#if properties.annotations}}
  annotations: {{json properties.annotations}}
{{/if}}
spec:
  type: {{json properties.type}}
  selector: {{json (default properties.selector properties.matchLabels context.labels.selector)}}
  ports:
{{#each properties.ports}}
{{#if this.name}}
    - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
    - name: {{json (concat "port-" this.port)}}
{{else}}
    - name: {{json (concat "port-" this.port "-" (lower this.protocol))}}
{{/if}}
      port: {{json this.port}}
      targetPort: {{json (default this.targetPort this.port)}}
      protocol: {{json this.protocol}}
{{#if (and this.nodePort (ne ../properties.type "ClusterIP"))}}
      nodePort: {{json this.nodePort}}
{{/if}}
{{/each}}
`}},origins:{outputs:[56,5]}}]},{path:"templates/traits/gateway.yaml",text:`# Mirrors KubeVela's gateway trait (vela-templates/definitions/internal/trait/gateway.cue): a Service
# \`<component>[-<name>]\` and a networking.k8s.io/v1 Ingress of the same name, \`http\` paths in path
# order. Deliberate differences: the Service lists each port once (KubeVela repeats a port that two
# paths share, which the API server rejects); \`secretName\` needs \`domain\` (KubeVela fails to render
# without it); v1beta1 Ingress for clusters before 1.19 is not rendered.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: gateway
spec:
  version: 1.0.0
  description: >-
    Public HTTP traffic to the component: a v1 Service (unless existingServiceName) and a
    networking.k8s.io/v1 Ingress routing each path of \`http\` to its port, with class, TLS and pathType.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    required: [http]
    dependencies:
      secretName: [domain]
    properties:
      domain: { type: string, minLength: 1, description: Host name of the rule (and of the TLS certificate). }
      http:
        type: object
        minProperties: 1
        propertyNames: { pattern: '^/' }
        additionalProperties: { type: integer, minimum: 1, maximum: 65535 }
        description: "HTTP path -> port of the component, e.g. /: 8080 and /api: 9090."
      class: { type: string, minLength: 1, default: nginx, description: Ingress class. }
      classInSpec: { type: boolean, default: false, description: Set the class as spec.ingressClassName instead of the kubernetes.io/ingress.class annotation. }
      secretName: { type: string, minLength: 1, description: TLS Secret for the domain. }
      gatewayHost: { type: string, minLength: 1, description: Host of the ingress gateway (annotation ingress.controller/host). }
      name:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 30
        description: Suffix of the Service and Ingress names (<component>-<name>), for several gateways on one component.
      pathType: { enum: [ImplementationSpecific, Prefix, Exact], default: ImplementationSpecific, description: pathType of every path. }
      annotations: { type: object, additionalProperties: { type: string }, description: Ingress annotations. }
      labels: { type: object, additionalProperties: { type: string }, description: Ingress labels. }
      existingServiceName: { type: string, minLength: 1, description: Route to this existing Service instead of creating one. }
  outputs: |
    {{#unless properties.existingServiceName}}
    apiVersion: v1
    kind: Service
    metadata:
    {{#if properties.name}}
      name: {{json (concat name "-" properties.name)}}
    {{else}}
      name: {{json name}}
    {{/if}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      selector: {{json context.labels.selector}}
      ports:
    {{#each (uniq (values properties.http))}}
        - name: {{json (concat "port-" this)}}
          port: {{json this}}
          targetPort: {{json this}}
    {{/each}}
    ---
    {{/unless}}
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
    {{#if properties.name}}
      name: {{json (concat name "-" properties.name)}}
    {{else}}
      name: {{json name}}
    {{/if}}
      namespace: {{json context.workload.namespace}}
      labels: {{json (merge context.labels.object properties.labels)}}
    {{#if properties.classInSpec}}
      annotations: {{json (merge (dict "ingress.controller/host" properties.gatewayHost) properties.annotations)}}
    {{else}}
      annotations: {{json (merge (dict "kubernetes.io/ingress.class" properties.class "ingress.controller/host" properties.gatewayHost) properties.annotations)}}
    {{/if}}
    spec:
    {{#if properties.classInSpec}}
      ingressClassName: {{json properties.class}}
    {{/if}}
    {{#if properties.secretName}}
      tls:
        - hosts: [{{json properties.domain}}]
          secretName: {{json properties.secretName}}
    {{/if}}
      rules:
        - http:
            paths:
    {{#each (entries properties.http)}}
              - path: {{json this.key}}
                pathType: {{json ../properties.pathType}}
                backend:
                  service:
    {{#if ../properties.existingServiceName}}
                    name: {{json ../properties.existingServiceName}}
    {{else if ../properties.name}}
                    name: {{json (concat ../name "-" ../properties.name)}}
    {{else}}
                    name: {{json ../name}}
    {{/if}}
                    port: { number: {{json this.value}} }
    {{/each}}
    {{#if properties.domain}}
          host: {{json properties.domain}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"gateway"},spec:{version:"1.0.0",description:"Public HTTP traffic to the component: a v1 Service (unless existingServiceName) and a networking.k8s.io/v1 Ingress routing each path of `http` to its port, with class, TLS and pathType.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,required:["http"],dependencies:{secretName:["domain"]},properties:{domain:{type:"string",minLength:1,description:"Host name of the rule (and of the TLS certificate)."},http:{type:"object",minProperties:1,propertyNames:{pattern:"^/"},additionalProperties:{type:"integer",minimum:1,maximum:65535},description:"HTTP path -> port of the component, e.g. /: 8080 and /api: 9090."},class:{type:"string",minLength:1,default:"nginx",description:"Ingress class."},classInSpec:{type:"boolean",default:!1,description:"Set the class as spec.ingressClassName instead of the kubernetes.io/ingress.class annotation."},secretName:{type:"string",minLength:1,description:"TLS Secret for the domain."},gatewayHost:{type:"string",minLength:1,description:"Host of the ingress gateway (annotation ingress.controller/host)."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:30,description:"Suffix of the Service and Ingress names (<component>-<name>), for several gateways on one component."},pathType:{enum:["ImplementationSpecific","Prefix","Exact"],default:"ImplementationSpecific",description:"pathType of every path."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Ingress annotations."},labels:{type:"object",additionalProperties:{type:"string"},description:"Ingress labels."},existingServiceName:{type:"string",minLength:1,description:"Route to this existing Service instead of creating one."}}},outputs:`{{#unless properties.existingServiceName}}
apiVersion: v1
kind: Service
metadata:
{{#if properties.name}}
  name: {{json (concat name "-" properties.name)}}
{{else}}
  name: {{json name}}
{{/if}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  selector: {{json context.labels.selector}}
  ports:
{{#each (uniq (values properties.http))}}
    - name: {{json (concat "port-" this)}}
      port: {{json this}}
      targetPort: {{json this}}
{{/each}}
---
{{/unless}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
{{#if properties.name}}
  name: {{json (concat name "-" properties.name)}}
{{else}}
  name: {{json name}}
{{/if}}
  namespace: {{json context.workload.namespace}}
  labels: {{json (merge context.labels.object properties.labels)}}
{{#if properties.classInSpec}}
  annotations: {{json (merge (dict "ingress.controller/host" properties.gatewayHost) properties.annotations)}}
{{else}}
  annotations: {{json (merge (dict "kubernetes.io/ingress.class" properties.class "ingress.controller/host" properties.gatewayHost) properties.annotations)}}
{{/if}}
spec:
{{#if properties.classInSpec}}
  ingressClassName: {{json properties.class}}
{{/if}}
{{#if properties.secretName}}
  tls:
    - hosts: [{{json properties.domain}}]
      secretName: {{json properties.secretName}}
{{/if}}
  rules:
    - http:
        paths:
{{#each (entries properties.http)}}
          - path: {{json this.key}}
            pathType: {{json ../properties.pathType}}
            backend:
              service:
{{#if ../properties.existingServiceName}}
                name: {{json ../properties.existingServiceName}}
{{else if ../properties.name}}
                name: {{json (concat ../name "-" ../properties.name)}}
{{else}}
                name: {{json ../name}}
{{/if}}
                port: { number: {{json this.value}} }
{{/each}}
{{#if properties.domain}}
      host: {{json properties.domain}}
{{/if}}
`}},origins:{outputs:[44,5]}}]},{path:"templates/traits/gpu.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: gpu
spec:
  version: 1.0.0
  description: >-
    Requests GPUs for the main container (an extended-resource limit), pins the pods to nodes with
    the requested GPU product and tolerates the GPU node taint.
  schema:
    type: object
    additionalProperties: false
    properties:
      count:
        type: integer
        minimum: 1
        default: 1
        description: GPUs per pod.
      vendor:
        type: string
        default: nvidia.com/gpu
        pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?/[a-z0-9]([-a-z0-9._]*[a-z0-9])?$'
        description: Extended resource name of the device plugin, e.g. nvidia.com/gpu or amd.com/gpu.
      product:
        type: string
        minLength: 1
        description: GPU product to schedule on, e.g. NVIDIA-A100-SXM4-80GB (matched against productLabel).
      productLabel:
        type: string
        default: nvidia.com/gpu.product
        description: Node label holding the GPU product (NVIDIA GPU feature discovery's by default).
      nodeSelector:
        type: object
        additionalProperties: { type: string }
        description: Extra node labels the pods require.
      tolerate:
        type: boolean
        default: true
        description: Tolerate the NoSchedule taint keyed by the vendor resource name (common on GPU nodes).
  patch: |
    container:
      resources:
        limits:
          {{json properties.vendor}}: {{json (concat properties.count)}}
    {{#if (or properties.tolerate properties.product (keys properties.nodeSelector))}}
    podSpec:
    {{#if (or properties.product (keys properties.nodeSelector))}}
      nodeSelector: {{json (merge properties.nodeSelector (dict properties.productLabel properties.product))}}
    {{/if}}
    {{#if properties.tolerate}}
      tolerations:
        - key: {{json properties.vendor}}
          operator: Exists
          effect: NoSchedule
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"gpu"},spec:{version:"1.0.0",description:"Requests GPUs for the main container (an extended-resource limit), pins the pods to nodes with the requested GPU product and tolerates the GPU node taint.",schema:{type:"object",additionalProperties:!1,properties:{count:{type:"integer",minimum:1,default:1,description:"GPUs per pod."},vendor:{type:"string",default:"nvidia.com/gpu",pattern:"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?/[a-z0-9]([-a-z0-9._]*[a-z0-9])?$",description:"Extended resource name of the device plugin, e.g. nvidia.com/gpu or amd.com/gpu."},product:{type:"string",minLength:1,description:"GPU product to schedule on, e.g. NVIDIA-A100-SXM4-80GB (matched against productLabel)."},productLabel:{type:"string",default:"nvidia.com/gpu.product",description:"Node label holding the GPU product (NVIDIA GPU feature discovery's by default)."},nodeSelector:{type:"object",additionalProperties:{type:"string"},description:"Extra node labels the pods require."},tolerate:{type:"boolean",default:!0,description:"Tolerate the NoSchedule taint keyed by the vendor resource name (common on GPU nodes)."}}},patch:`container:
  resources:
    limits:
      {{json properties.vendor}}: {{json (concat properties.count)}}
{{#if (or properties.tolerate properties.product (keys properties.nodeSelector))}}
podSpec:
{{#if (or properties.product (keys properties.nodeSelector))}}
  nodeSelector: {{json (merge properties.nodeSelector (dict properties.productLabel properties.product))}}
{{/if}}
{{#if properties.tolerate}}
  tolerations:
    - key: {{json properties.vendor}}
      operator: Exists
      effect: NoSchedule
{{/if}}
{{/if}}
`}},origins:{patch:[41,5]}}]},{path:"templates/traits/hostalias.yaml",text:`# Mirrors KubeVela's hostalias trait (vela-templates/definitions/internal/trait/hostalias.cue):
# hostAliases merge into the pod's by ip.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: hostalias
spec:
  version: 1.0.0
  description: Extra /etc/hosts entries in the pods of the component, merged with the pod's by ip.
  schema:
    type: object
    additionalProperties: false
    required: [hostAliases]
    properties:
      hostAliases:
        type: array
        description: Entries, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
  patch: |
    podSpec:
      hostAliases: {{json properties.hostAliases}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"hostalias"},spec:{version:"1.0.0",description:"Extra /etc/hosts entries in the pods of the component, merged with the pod's by ip.",schema:{type:"object",additionalProperties:!1,required:["hostAliases"],properties:{hostAliases:{type:"array",description:"Entries, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}}}},patch:`podSpec:
  hostAliases: {{json properties.hostAliases}}
`}},origins:{patch:[26,5]}}]},{path:"templates/traits/hpa.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: hpa
spec:
  version: 1.0.0
  description: >-
    Horizontal Pod Autoscaler (autoscaling/v2) scaling the component's Deployment or StatefulSet
    on CPU and/or memory. Without cpu and mem it targets 50% CPU utilization.
  appliesTo: [Deployment, StatefulSet]
  schema:
    type: object
    additionalProperties: false
    properties:
      min:
        type: integer
        minimum: 1
        default: 1
        description: Lowest replica count.
      max:
        type: integer
        minimum: 1
        default: 10
        description: Highest replica count.
      cpu:
        $ref: '#/definitions/target'
        description: CPU target.
      mem:
        $ref: '#/definitions/target'
        description: Memory target.
      targetAPIVersion:
        type: string
        default: apps/v1
        description: apiVersion of the scaled object.
      targetKind:
        enum: [Deployment, StatefulSet]
        default: Deployment
        description: Kind of the scaled object (named like the component).
      behavior:
        type: object
        description: Kubernetes HPA scaleUp/scaleDown behavior, passed through.
        additionalProperties: false
        properties:
          scaleUp: { type: object }
          scaleDown: { type: object }
    definitions:
      target:
        type: object
        additionalProperties: false
        required: [value]
        properties:
          type:
            enum: [Utilization, AverageValue]
            default: Utilization
            description: Utilization = percent of the request; AverageValue = a quantity per pod.
          value:
            type: [integer, string]
            description: Percent (Utilization, an integer) or quantity (AverageValue, e.g. "500m", "1Gi").
        if:
          properties: { type: { const: AverageValue } }
          required: [type]
        then: {}
        else:
          properties: { value: { type: integer, minimum: 1 } }
  outputs: |
    apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      scaleTargetRef:
        apiVersion: {{json properties.targetAPIVersion}}
        kind: {{json properties.targetKind}}
        name: {{json name}}
      minReplicas: {{json properties.min}}
      maxReplicas: {{json properties.max}}
      metrics:
    {{#if (or properties.cpu properties.mem)}}
    {{#if properties.cpu}}
        - type: Resource
          resource:
            name: cpu
            target:
    {{#if (eq properties.cpu.type "AverageValue")}}
              type: AverageValue
              averageValue: {{json properties.cpu.value}}
    {{else}}
              type: Utilization
              averageUtilization: {{json properties.cpu.value}}
    {{/if}}
    {{/if}}
    {{#if properties.mem}}
        - type: Resource
          resource:
            name: memory
            target:
    {{#if (eq properties.mem.type "AverageValue")}}
              type: AverageValue
              averageValue: {{json properties.mem.value}}
    {{else}}
              type: Utilization
              averageUtilization: {{json properties.mem.value}}
    {{/if}}
    {{/if}}
    {{else}}
        - type: Resource
          resource:
            name: cpu
            target:
              type: Utilization
              averageUtilization: 50
    {{/if}}
    {{#if properties.behavior}}
      behavior: {{json properties.behavior}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"hpa"},spec:{version:"1.0.0",description:"Horizontal Pod Autoscaler (autoscaling/v2) scaling the component's Deployment or StatefulSet on CPU and/or memory. Without cpu and mem it targets 50% CPU utilization.",appliesTo:["Deployment","StatefulSet"],schema:{type:"object",additionalProperties:!1,properties:{min:{type:"integer",minimum:1,default:1,description:"Lowest replica count."},max:{type:"integer",minimum:1,default:10,description:"Highest replica count."},cpu:{$ref:"#/definitions/target",description:"CPU target."},mem:{$ref:"#/definitions/target",description:"Memory target."},targetAPIVersion:{type:"string",default:"apps/v1",description:"apiVersion of the scaled object."},targetKind:{enum:["Deployment","StatefulSet"],default:"Deployment",description:"Kind of the scaled object (named like the component)."},behavior:{type:"object",description:"Kubernetes HPA scaleUp/scaleDown behavior, passed through.",additionalProperties:!1,properties:{scaleUp:{type:"object"},scaleDown:{type:"object"}}}},definitions:{target:{type:"object",additionalProperties:!1,required:["value"],properties:{type:{enum:["Utilization","AverageValue"],default:"Utilization",description:"Utilization = percent of the request; AverageValue = a quantity per pod."},value:{type:["integer","string"],description:'Percent (Utilization, an integer) or quantity (AverageValue, e.g. "500m", "1Gi").'}},if:{properties:{type:{const:"AverageValue"}},required:["type"]},then:{},else:{properties:{value:{type:"integer",minimum:1}}}}}},outputs:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  scaleTargetRef:
    apiVersion: {{json properties.targetAPIVersion}}
    kind: {{json properties.targetKind}}
    name: {{json name}}
  minReplicas: {{json properties.min}}
  maxReplicas: {{json properties.max}}
  metrics:
{{#if (or properties.cpu properties.mem)}}
{{#if properties.cpu}}
    - type: Resource
      resource:
        name: cpu
        target:
{{#if (eq properties.cpu.type "AverageValue")}}
          type: AverageValue
          averageValue: {{json properties.cpu.value}}
{{else}}
          type: Utilization
          averageUtilization: {{json properties.cpu.value}}
{{/if}}
{{/if}}
{{#if properties.mem}}
    - type: Resource
      resource:
        name: memory
        target:
{{#if (eq properties.mem.type "AverageValue")}}
          type: AverageValue
          averageValue: {{json properties.mem.value}}
{{else}}
          type: Utilization
          averageUtilization: {{json properties.mem.value}}
{{/if}}
{{/if}}
{{else}}
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 50
{{/if}}
{{#if properties.behavior}}
  behavior: {{json properties.behavior}}
{{/if}}
`}},origins:{outputs:[66,5]}}]},{path:"templates/traits/ingress-1-20.yaml",text:`# Mirrors KubeVela's ingress-1-20 trait (vela-templates/definitions/deprecated/ingress-1-20.cue).
# Deliberate difference: Service ports are listed once each and named port-<n> when there are
# several (KubeVela's unnamed duplicates are rejected by the API server).
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: ingress-1-20
spec:
  version: 1.0.0
  description: >-
    Public HTTP traffic to the component (KubeVela's ingress-1-20 trait): a v1 Service named like the
    component and a networking.k8s.io/v1 Ingress for \`domain\`, each path of \`http\` to its port.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    required: [domain, http]
    properties:
      domain: { type: string, minLength: 1, description: Host name of the rule. }
      http:
        type: object
        minProperties: 1
        propertyNames: { pattern: '^/' }
        additionalProperties: { type: integer, minimum: 1, maximum: 65535 }
        description: "HTTP path -> port of the component, e.g. /: 8080."
      class: { type: string, minLength: 1, default: nginx, description: Ingress class (kubernetes.io/ingress.class annotation). }
  outputs: |
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      selector: {{json context.labels.selector}}
      ports:
    {{#each (uniq (values properties.http))}}
    {{#if (eq (length (uniq (values ../properties.http))) 1)}}
        - port: {{json this}}
    {{else}}
        - name: {{json (concat "port-" this)}}
          port: {{json this}}
    {{/if}}
          targetPort: {{json this}}
    {{/each}}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
      annotations:
        kubernetes.io/ingress.class: {{json properties.class}}
    spec:
      rules:
        - host: {{json properties.domain}}
          http:
            paths:
    {{#each (entries properties.http)}}
              - path: {{json this.key}}
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: {{json ../name}}
                    port: { number: {{json this.value}} }
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"ingress-1-20"},spec:{version:"1.0.0",description:"Public HTTP traffic to the component (KubeVela's ingress-1-20 trait): a v1 Service named like the component and a networking.k8s.io/v1 Ingress for `domain`, each path of `http` to its port.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,required:["domain","http"],properties:{domain:{type:"string",minLength:1,description:"Host name of the rule."},http:{type:"object",minProperties:1,propertyNames:{pattern:"^/"},additionalProperties:{type:"integer",minimum:1,maximum:65535},description:"HTTP path -> port of the component, e.g. /: 8080."},class:{type:"string",minLength:1,default:"nginx",description:"Ingress class (kubernetes.io/ingress.class annotation)."}}},outputs:`apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  selector: {{json context.labels.selector}}
  ports:
{{#each (uniq (values properties.http))}}
{{#if (eq (length (uniq (values ../properties.http))) 1)}}
    - port: {{json this}}
{{else}}
    - name: {{json (concat "port-" this)}}
      port: {{json this}}
{{/if}}
      targetPort: {{json this}}
{{/each}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
  annotations:
    kubernetes.io/ingress.class: {{json properties.class}}
spec:
  rules:
    - host: {{json properties.domain}}
      http:
        paths:
{{#each (entries properties.http)}}
          - path: {{json this.key}}
            pathType: ImplementationSpecific
            backend:
              service:
                name: {{json ../name}}
                port: { number: {{json this.value}} }
{{/each}}
`}},origins:{outputs:[28,5]}}]},{path:"templates/traits/ingress.yaml",text:`# Mirrors KubeVela's ingress trait (vela-templates/definitions/deprecated/ingress.cue, in the
# networking.k8s.io/v1 shape of its ingress-1-20 twin). Deliberate differences: v1, not the
# v1beta1 Ingress KubeVela's \`ingress\` still renders (removed in Kubernetes 1.22); Service ports
# are listed once each and named port-<n> when there are several (KubeVela's unnamed duplicates are
# rejected by the API server).
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: ingress
spec:
  version: 1.0.0
  description: >-
    Public HTTP traffic to the component (KubeVela's legacy ingress trait): a v1 Service named like the
    component and a networking.k8s.io/v1 Ingress for \`domain\`, each path of \`http\` to its port.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    required: [domain, http]
    properties:
      domain: { type: string, minLength: 1, description: Host name of the rule. }
      http:
        type: object
        minProperties: 1
        propertyNames: { pattern: '^/' }
        additionalProperties: { type: integer, minimum: 1, maximum: 65535 }
        description: "HTTP path -> port of the component, e.g. /: 8080."
      class: { type: string, minLength: 1, default: nginx, description: Ingress class (kubernetes.io/ingress.class annotation). }
  outputs: |
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      selector: {{json context.labels.selector}}
      ports:
    {{#each (uniq (values properties.http))}}
    {{#if (eq (length (uniq (values ../properties.http))) 1)}}
        - port: {{json this}}
    {{else}}
        - name: {{json (concat "port-" this)}}
          port: {{json this}}
    {{/if}}
          targetPort: {{json this}}
    {{/each}}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
      annotations:
        kubernetes.io/ingress.class: {{json properties.class}}
    spec:
      rules:
        - host: {{json properties.domain}}
          http:
            paths:
    {{#each (entries properties.http)}}
              - path: {{json this.key}}
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: {{json ../name}}
                    port: { number: {{json this.value}} }
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"ingress"},spec:{version:"1.0.0",description:"Public HTTP traffic to the component (KubeVela's legacy ingress trait): a v1 Service named like the component and a networking.k8s.io/v1 Ingress for `domain`, each path of `http` to its port.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,required:["domain","http"],properties:{domain:{type:"string",minLength:1,description:"Host name of the rule."},http:{type:"object",minProperties:1,propertyNames:{pattern:"^/"},additionalProperties:{type:"integer",minimum:1,maximum:65535},description:"HTTP path -> port of the component, e.g. /: 8080."},class:{type:"string",minLength:1,default:"nginx",description:"Ingress class (kubernetes.io/ingress.class annotation)."}}},outputs:`apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  selector: {{json context.labels.selector}}
  ports:
{{#each (uniq (values properties.http))}}
{{#if (eq (length (uniq (values ../properties.http))) 1)}}
    - port: {{json this}}
{{else}}
    - name: {{json (concat "port-" this)}}
      port: {{json this}}
{{/if}}
      targetPort: {{json this}}
{{/each}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
  annotations:
    kubernetes.io/ingress.class: {{json properties.class}}
spec:
  rules:
    - host: {{json properties.domain}}
      http:
        paths:
{{#each (entries properties.http)}}
          - path: {{json this.key}}
            pathType: ImplementationSpecific
            backend:
              service:
                name: {{json ../name}}
                port: { number: {{json this.value}} }
{{/each}}
`}},origins:{outputs:[30,5]}}]},{path:"templates/traits/init-container.yaml",text:`# Mirrors KubeVela's init-container trait (vela-templates/definitions/internal/trait/init-container.cue):
# an init container, an emptyDir \`mountName\` shared with the main container, extra mounts.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: init-container
spec:
  version: 1.0.0
  description: >-
    Adds an init container to the pods and an emptyDir volume it shares with the main container
    (mounted at initMountPath in the init container, appMountPath in the main one).
  schema:
    type: object
    additionalProperties: false
    required: [name, image, appMountPath, initMountPath]
    properties:
      name: { type: string, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63, description: Init container name. }
      image: { type: string, minLength: 1, description: Init container image. }
      imagePullPolicy: { enum: [IfNotPresent, Always, Never], default: IfNotPresent, description: When the kubelet pulls the image. }
      cmd: { type: array, items: { type: string }, description: Init container command. }
      args: { type: array, items: { type: string }, description: Init container arguments. }
      env:
        type: array
        description: Environment variables, each {name, value} or {name, valueFrom}.
        items:
          type: object
          additionalProperties: false
          required: [name]
          properties:
            name: { type: string, minLength: 1 }
            value: { type: string }
            valueFrom: { type: object }
      mountName: { type: string, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', default: workdir, description: Name of the shared emptyDir volume. }
      appMountPath: { type: string, minLength: 1, description: Where the main container mounts the shared volume. }
      initMountPath: { type: string, minLength: 1, description: Where the init container mounts the shared volume. }
      extraVolumeMounts:
        type: array
        default: []
        description: More volumes of the pod the init container mounts, each {name, mountPath}.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { type: string, minLength: 1 }
            mountPath: { type: string, minLength: 1 }
  patch: |
    podSpec:
      initContainers:
        - name: {{json properties.name}}
          image: {{json properties.image}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
    {{#if properties.cmd}}
          command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
          args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
          env: {{json properties.env}}
    {{/if}}
          volumeMounts:
            - name: {{json properties.mountName}}
              mountPath: {{json properties.initMountPath}}
    {{#each properties.extraVolumeMounts}}
            - {{json this}}
    {{/each}}
      volumes:
        - name: {{json properties.mountName}}
          emptyDir: {}
    container:
      volumeMounts:
        - name: {{json properties.mountName}}
          mountPath: {{json properties.appMountPath}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"init-container"},spec:{version:"1.0.0",description:"Adds an init container to the pods and an emptyDir volume it shares with the main container (mounted at initMountPath in the init container, appMountPath in the main one).",schema:{type:"object",additionalProperties:!1,required:["name","image","appMountPath","initMountPath"],properties:{name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Init container name."},image:{type:"string",minLength:1,description:"Init container image."},imagePullPolicy:{enum:["IfNotPresent","Always","Never"],default:"IfNotPresent",description:"When the kubelet pulls the image."},cmd:{type:"array",items:{type:"string"},description:"Init container command."},args:{type:"array",items:{type:"string"},description:"Init container arguments."},env:{type:"array",description:"Environment variables, each {name, value} or {name, valueFrom}.",items:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1},value:{type:"string"},valueFrom:{type:"object"}}}},mountName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",default:"workdir",description:"Name of the shared emptyDir volume."},appMountPath:{type:"string",minLength:1,description:"Where the main container mounts the shared volume."},initMountPath:{type:"string",minLength:1,description:"Where the init container mounts the shared volume."},extraVolumeMounts:{type:"array",default:[],description:"More volumes of the pod the init container mounts, each {name, mountPath}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{type:"string",minLength:1},mountPath:{type:"string",minLength:1}}}}}},patch:`podSpec:
  initContainers:
    - name: {{json properties.name}}
      image: {{json properties.image}}
      imagePullPolicy: {{json properties.imagePullPolicy}}
{{#if properties.cmd}}
      command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
      args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
      env: {{json properties.env}}
{{/if}}
      volumeMounts:
        - name: {{json properties.mountName}}
          mountPath: {{json properties.initMountPath}}
{{#each properties.extraVolumeMounts}}
        - {{json this}}
{{/each}}
  volumes:
    - name: {{json properties.mountName}}
      emptyDir: {}
container:
  volumeMounts:
    - name: {{json properties.mountName}}
      mountPath: {{json properties.appMountPath}}
`}},origins:{patch:[48,5]}}]},{path:"templates/traits/json-merge-patch.yaml",text:`# Mirrors KubeVela's json-merge-patch trait (vela-templates/definitions/internal/trait/json-merge-patch.cue):
# RFC 7396 on the component's main object (KubeVela's \`output\`): maps merge, lists replace, null deletes.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: json-merge-patch
spec:
  version: 1.0.0
  description: >-
    Merges the properties into the component's main object (the first object its template renders)
    as a JSON Merge Patch (RFC 7396): maps merge, lists and scalars replace, null deletes.
  appliesTo: ['*']
  schema:
    type: object
    additionalProperties: true
    description: The merge patch itself, e.g. spec.replicas or metadata.annotations.
  patch: |
    mergePatch: {{json properties}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"json-merge-patch"},spec:{version:"1.0.0",description:"Merges the properties into the component's main object (the first object its template renders) as a JSON Merge Patch (RFC 7396): maps merge, lists and scalars replace, null deletes.",appliesTo:["*"],schema:{type:"object",additionalProperties:!0,description:"The merge patch itself, e.g. spec.replicas or metadata.annotations."},patch:`mergePatch: {{json properties}}
`}},origins:{patch:[18,5]}}]},{path:"templates/traits/json-patch.yaml",text:`# Mirrors KubeVela's json-patch trait (vela-templates/definitions/internal/trait/json-patch.cue):
# RFC 6902 operations on the component's main object (KubeVela's \`output\`), in order.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: json-patch
spec:
  version: 1.0.0
  description: >-
    Applies JSON Patch (RFC 6902) operations to the component's main object (the first object its
    template renders); an operation that fails (a path that does not exist, a failed test) is an error.
  appliesTo: ['*']
  schema:
    type: object
    additionalProperties: false
    required: [operations]
    properties:
      operations:
        type: array
        description: Operations, each {op, path, value} or {op, from, path} (op add, remove, replace, move, copy, test).
        items:
          type: object
          additionalProperties: false
          required: [op, path]
          properties:
            op: { enum: [add, remove, replace, move, copy, test] }
            path: { type: string }
            from: { type: string }
            value: {}
  patch: |
    jsonPatch: {{json properties.operations}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"json-patch"},spec:{version:"1.0.0",description:"Applies JSON Patch (RFC 6902) operations to the component's main object (the first object its template renders); an operation that fails (a path that does not exist, a failed test) is an error.",appliesTo:["*"],schema:{type:"object",additionalProperties:!1,required:["operations"],properties:{operations:{type:"array",description:"Operations, each {op, path, value} or {op, from, path} (op add, remove, replace, move, copy, test).",items:{type:"object",additionalProperties:!1,required:["op","path"],properties:{op:{enum:["add","remove","replace","move","copy","test"]},path:{type:"string"},from:{type:"string"},value:{}}}}}},patch:`jsonPatch: {{json properties.operations}}
`}},origins:{patch:[31,5]}}]},{path:"templates/traits/k8s-update-strategy.yaml",text:`# Mirrors KubeVela's k8s-update-strategy trait (vela-templates/definitions/internal/trait/k8s-update-strategy.cue).
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: k8s-update-strategy
spec:
  version: 1.0.0
  description: >-
    The rollout strategy of a Deployment (spec.strategy) or the update strategy of a StatefulSet or
    DaemonSet (spec.updateStrategy), chosen by targetKind.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    properties:
      targetAPIVersion: { type: string, default: apps/v1, description: apiVersion of the workload (informational, as in KubeVela). }
      targetKind: { enum: [Deployment, StatefulSet, DaemonSet], default: Deployment, description: Kind of the workload. }
      strategy:
        type: object
        additionalProperties: false
        default: {}
        description: "{type, rollingStrategy: {maxSurge, maxUnavailable, partition}}."
        properties:
          type: { enum: [RollingUpdate, Recreate, OnDelete], default: RollingUpdate, description: Strategy type (Recreate for Deployments, OnDelete for StatefulSets and DaemonSets). }
          rollingStrategy:
            type: object
            additionalProperties: false
            default: {}
            description: RollingUpdate settings.
            properties:
              maxSurge: { type: string, default: 25%, description: Extra pods during a rollout (Deployment, DaemonSet). }
              maxUnavailable: { type: string, default: 25%, description: Pods that may be unavailable (Deployment, DaemonSet). }
              partition: { type: integer, minimum: 0, default: 0, description: Ordinal from which pods are updated (StatefulSet). }
  patch: |
    {{#if (or (and (eq properties.targetKind "Deployment") (ne properties.strategy.type "OnDelete")) (and (eq properties.targetKind "StatefulSet") (ne properties.strategy.type "Recreate")) (and (eq properties.targetKind "DaemonSet") (ne properties.strategy.type "Recreate")))}}
    object:
      spec:
    {{#if (and (eq properties.targetKind "Deployment") (ne properties.strategy.type "OnDelete"))}}
        strategy:
          type: {{json properties.strategy.type}}
    {{#if (eq properties.strategy.type "RollingUpdate")}}
          rollingUpdate: {{json (dict "maxSurge" properties.strategy.rollingStrategy.maxSurge "maxUnavailable" properties.strategy.rollingStrategy.maxUnavailable)}}
    {{else}}
          rollingUpdate: null
    {{/if}}
    {{/if}}
    {{#if (and (eq properties.targetKind "StatefulSet") (ne properties.strategy.type "Recreate"))}}
        updateStrategy:
          type: {{json properties.strategy.type}}
    {{#if (eq properties.strategy.type "RollingUpdate")}}
          rollingUpdate: {{json (dict "partition" properties.strategy.rollingStrategy.partition)}}
    {{else}}
          rollingUpdate: null
    {{/if}}
    {{/if}}
    {{#if (and (eq properties.targetKind "DaemonSet") (ne properties.strategy.type "Recreate"))}}
        updateStrategy:
          type: {{json properties.strategy.type}}
    {{#if (eq properties.strategy.type "RollingUpdate")}}
          rollingUpdate: {{json (dict "maxSurge" properties.strategy.rollingStrategy.maxSurge "maxUnavailable" properties.strategy.rollingStrategy.maxUnavailable)}}
    {{else}}
          rollingUpdate: null
    {{/if}}
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"k8s-update-strategy"},spec:{version:"1.0.0",description:"The rollout strategy of a Deployment (spec.strategy) or the update strategy of a StatefulSet or DaemonSet (spec.updateStrategy), chosen by targetKind.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,properties:{targetAPIVersion:{type:"string",default:"apps/v1",description:"apiVersion of the workload (informational","as in KubeVela).":null},targetKind:{enum:["Deployment","StatefulSet","DaemonSet"],default:"Deployment",description:"Kind of the workload."},strategy:{type:"object",additionalProperties:!1,default:{},description:"{type, rollingStrategy: {maxSurge, maxUnavailable, partition}}.",properties:{type:{enum:["RollingUpdate","Recreate","OnDelete"],default:"RollingUpdate",description:"Strategy type (Recreate for Deployments","OnDelete for StatefulSets and DaemonSets).":null},rollingStrategy:{type:"object",additionalProperties:!1,default:{},description:"RollingUpdate settings.",properties:{maxSurge:{type:"string",default:"25%",description:"Extra pods during a rollout (Deployment","DaemonSet).":null},maxUnavailable:{type:"string",default:"25%",description:"Pods that may be unavailable (Deployment","DaemonSet).":null},partition:{type:"integer",minimum:0,default:0,description:"Ordinal from which pods are updated (StatefulSet)."}}}}}}},patch:`{{#if (or (and (eq properties.targetKind "Deployment") (ne properties.strategy.type "OnDelete")) (and (eq properties.targetKind "StatefulSet") (ne properties.strategy.type "Recreate")) (and (eq properties.targetKind "DaemonSet") (ne properties.strategy.type "Recreate")))}}
object:
  spec:
{{#if (and (eq properties.targetKind "Deployment") (ne properties.strategy.type "OnDelete"))}}
    strategy:
      type: {{json properties.strategy.type}}
{{#if (eq properties.strategy.type "RollingUpdate")}}
      rollingUpdate: {{json (dict "maxSurge" properties.strategy.rollingStrategy.maxSurge "maxUnavailable" properties.strategy.rollingStrategy.maxUnavailable)}}
{{else}}
      rollingUpdate: null
{{/if}}
{{/if}}
{{#if (and (eq properties.targetKind "StatefulSet") (ne properties.strategy.type "Recreate"))}}
    updateStrategy:
      type: {{json properties.strategy.type}}
{{#if (eq properties.strategy.type "RollingUpdate")}}
      rollingUpdate: {{json (dict "partition" properties.strategy.rollingStrategy.partition)}}
{{else}}
      rollingUpdate: null
{{/if}}
{{/if}}
{{#if (and (eq properties.targetKind "DaemonSet") (ne properties.strategy.type "Recreate"))}}
    updateStrategy:
      type: {{json properties.strategy.type}}
{{#if (eq properties.strategy.type "RollingUpdate")}}
      rollingUpdate: {{json (dict "maxSurge" properties.strategy.rollingStrategy.maxSurge "maxUnavailable" properties.strategy.rollingStrategy.maxUnavailable)}}
{{else}}
      rollingUpdate: null
{{/if}}
{{/if}}
{{/if}}
`}},origins:{patch:[35,5]}}]},{path:"templates/traits/labels.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: labels
spec:
  version: 1.0.0
  description: >-
    Labels on every object of the component and on the pod template of its workloads. The
    properties are the labels themselves; a null value removes a label.
  appliesTo: ['*']
  schema:
    type: object
    description: Label name -> value.
    propertyNames:
      pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$'
    additionalProperties:
      type: [string, 'null']
      maxLength: 63
      description: Label value (null removes the label).
  patch: |
    object:
      metadata:
        labels: {{json properties}}
    podTemplate:
      metadata:
        labels: {{json properties}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"labels"},spec:{version:"1.0.0",description:"Labels on every object of the component and on the pod template of its workloads. The properties are the labels themselves; a null value removes a label.",appliesTo:["*"],schema:{type:"object",description:"Label name -> value.",propertyNames:{pattern:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},additionalProperties:{type:["string","null"],maxLength:63,description:"Label value (null removes the label)."}},patch:`object:
  metadata:
    labels: {{json properties}}
podTemplate:
  metadata:
    labels: {{json properties}}
`}},origins:{patch:[21,5]}}]},{path:"templates/traits/node-affinity.yaml",text:`# Mirrors KubeVela's node-affinity trait (vela-templates/definitions/deprecated/node-affinity.cue):
# a required node affinity with one In expression per label, and NoSchedule Equal tolerations, both
# in key order. Both lists replace the pod's.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: node-affinity
spec:
  version: 1.0.0
  description: >-
    Pins the pods to nodes whose labels have one of the given values and tolerates NoSchedule taints
    (KubeVela's node-affinity trait; the scheduling and affinity traits offer the full Kubernetes forms).
  schema:
    type: object
    additionalProperties: false
    minProperties: 1
    properties:
      affinity:
        type: object
        additionalProperties: { type: array, minItems: 1, items: { type: string } }
        description: Node label -> accepted values (operator In).
      tolerations:
        type: object
        additionalProperties: { type: string }
        description: Taint key -> value tolerated (operator Equal, effect NoSchedule).
  patch: |
    podSpec:
    {{#if properties.affinity}}
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
    {{#each (entries properties.affinity)}}
                  - { key: {{json this.key}}, operator: In, values: {{json this.value}} }
    {{/each}}
    {{/if}}
    {{#if properties.tolerations}}
      tolerations:
    {{#each (entries properties.tolerations)}}
        - { effect: NoSchedule, key: {{json this.key}}, operator: Equal, value: {{json this.value}} }
    {{/each}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"node-affinity"},spec:{version:"1.0.0",description:"Pins the pods to nodes whose labels have one of the given values and tolerates NoSchedule taints (KubeVela's node-affinity trait; the scheduling and affinity traits offer the full Kubernetes forms).",schema:{type:"object",additionalProperties:!1,minProperties:1,properties:{affinity:{type:"object",additionalProperties:{type:"array",minItems:1,items:{type:"string"}},description:"Node label -> accepted values (operator In)."},tolerations:{type:"object",additionalProperties:{type:"string"},description:"Taint key -> value tolerated (operator Equal, effect NoSchedule)."}}},patch:`podSpec:
{{#if properties.affinity}}
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
{{#each (entries properties.affinity)}}
              - { key: {{json this.key}}, operator: In, values: {{json this.value}} }
{{/each}}
{{/if}}
{{#if properties.tolerations}}
  tolerations:
{{#each (entries properties.tolerations)}}
    - { effect: NoSchedule, key: {{json this.key}}, operator: Equal, value: {{json this.value}} }
{{/each}}
{{/if}}
`}},origins:{patch:[27,5]}}]},{path:"templates/traits/podsecuritycontext.yaml",text:`# Mirrors KubeVela's podsecuritycontext trait (vela-templates/definitions/internal/trait/podsecuritycontext.cue).
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: podsecuritycontext
spec:
  version: 1.0.0
  description: The pod securityContext of the component's pods (runAsNonRoot true by default).
  schema:
    type: object
    additionalProperties: false
    properties:
      appArmorProfile: { $ref: '#/definitions/profile', description: AppArmor profile of the pods. }
      fsGroup: { type: integer, description: Group owning mounted volumes. }
      runAsGroup: { type: integer, description: Primary group of the processes. }
      runAsUser: { type: integer, description: User of the processes. }
      runAsNonRoot: { type: boolean, default: true, description: Refuse to start containers running as root. }
      seccompProfile: { $ref: '#/definitions/profile', description: Seccomp profile of the pods. }
    definitions:
      profile:
        type: object
        additionalProperties: false
        required: [type]
        properties:
          type: { enum: [RuntimeDefault, Unconfined, Localhost] }
          localhostProfile: { type: string }
  patch: |
    podSpec:
      securityContext: {{json (dict "appArmorProfile" properties.appArmorProfile "fsGroup" properties.fsGroup "runAsGroup" properties.runAsGroup "runAsUser" properties.runAsUser "seccompProfile" properties.seccompProfile "runAsNonRoot" properties.runAsNonRoot)}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"podsecuritycontext"},spec:{version:"1.0.0",description:"The pod securityContext of the component's pods (runAsNonRoot true by default).",schema:{type:"object",additionalProperties:!1,properties:{appArmorProfile:{$ref:"#/definitions/profile",description:"AppArmor profile of the pods."},fsGroup:{type:"integer",description:"Group owning mounted volumes."},runAsGroup:{type:"integer",description:"Primary group of the processes."},runAsUser:{type:"integer",description:"User of the processes."},runAsNonRoot:{type:"boolean",default:!0,description:"Refuse to start containers running as root."},seccompProfile:{$ref:"#/definitions/profile",description:"Seccomp profile of the pods."}},definitions:{profile:{type:"object",additionalProperties:!1,required:["type"],properties:{type:{enum:["RuntimeDefault","Unconfined","Localhost"]},localhostProfile:{type:"string"}}}}},patch:`podSpec:
  securityContext: {{json (dict "appArmorProfile" properties.appArmorProfile "fsGroup" properties.fsGroup "runAsGroup" properties.runAsGroup "runAsUser" properties.runAsUser "seccompProfile" properties.seccompProfile "runAsNonRoot" properties.runAsNonRoot)}}
`}},origins:{patch:[28,5]}}]},{path:"templates/traits/resources.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: resources
spec:
  version: 1.0.0
  description: >-
    CPU and memory requests and limits of the main container. \`cpu\`/\`memory\` set both the request
    and the limit; \`requests\`/\`limits\` set one side and win over the shorthand.
  schema:
    type: object
    additionalProperties: false
    minProperties: 1
    properties:
      cpu:
        $ref: '#/definitions/cpu'
        description: Request and limit for CPU, e.g. "500m".
      memory:
        $ref: '#/definitions/memory'
        description: Request and limit for memory, e.g. "512Mi".
      requests:
        type: object
        additionalProperties: false
        description: Requests only (win over cpu/memory).
        properties:
          cpu: { $ref: '#/definitions/cpu', description: CPU request. }
          memory: { $ref: '#/definitions/memory', description: Memory request. }
      limits:
        type: object
        additionalProperties: false
        description: Limits only (win over cpu/memory).
        properties:
          cpu: { $ref: '#/definitions/cpu', description: CPU limit. }
          memory: { $ref: '#/definitions/memory', description: Memory limit. }
    definitions:
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
  patch: |
    {{#if (or (defined properties.cpu) (defined properties.memory) properties.requests properties.limits)}}
    container:
      resources:
    {{#if (or (defined properties.cpu) (defined properties.memory) properties.requests)}}
        requests: {{json (merge (dict "cpu" properties.cpu "memory" properties.memory) properties.requests)}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory) properties.limits)}}
        limits: {{json (merge (dict "cpu" properties.cpu "memory" properties.memory) properties.limits)}}
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"resources"},spec:{version:"1.0.0",description:"CPU and memory requests and limits of the main container. `cpu`/`memory` set both the request and the limit; `requests`/`limits` set one side and win over the shorthand.",schema:{type:"object",additionalProperties:!1,minProperties:1,properties:{cpu:{$ref:"#/definitions/cpu",description:'Request and limit for CPU, e.g. "500m".'},memory:{$ref:"#/definitions/memory",description:'Request and limit for memory, e.g. "512Mi".'},requests:{type:"object",additionalProperties:!1,description:"Requests only (win over cpu/memory).",properties:{cpu:{$ref:"#/definitions/cpu",description:"CPU request."},memory:{$ref:"#/definitions/memory",description:"Memory request."}}},limits:{type:"object",additionalProperties:!1,description:"Limits only (win over cpu/memory).",properties:{cpu:{$ref:"#/definitions/cpu",description:"CPU limit."},memory:{$ref:"#/definitions/memory",description:"Memory limit."}}}},definitions:{cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$"},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$"}}},patch:`{{#if (or (defined properties.cpu) (defined properties.memory) properties.requests properties.limits)}}
container:
  resources:
{{#if (or (defined properties.cpu) (defined properties.memory) properties.requests)}}
    requests: {{json (merge (dict "cpu" properties.cpu "memory" properties.memory) properties.requests)}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory) properties.limits)}}
    limits: {{json (merge (dict "cpu" properties.cpu "memory" properties.memory) properties.limits)}}
{{/if}}
{{/if}}
`}},origins:{patch:[43,5]}}]},{path:"templates/traits/scaler.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: scaler
spec:
  version: 1.0.0
  description: Sets a fixed replica count on the component's Deployment or StatefulSet.
  appliesTo: [Deployment, StatefulSet]
  schema:
    type: object
    additionalProperties: false
    properties:
      replicas:
        type: integer
        minimum: 0
        default: 1
        description: Number of pods.
  patch: |
    object:
      spec:
        replicas: {{json properties.replicas}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"scaler"},spec:{version:"1.0.0",description:"Sets a fixed replica count on the component's Deployment or StatefulSet.",appliesTo:["Deployment","StatefulSet"],schema:{type:"object",additionalProperties:!1,properties:{replicas:{type:"integer",minimum:0,default:1,description:"Number of pods."}}},patch:`object:
  spec:
    replicas: {{json properties.replicas}}
`}},origins:{patch:[19,5]}}]},{path:"templates/traits/scheduling.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: scheduling
spec:
  version: 1.0.0
  description: >-
    Where the pods may run: node selector, tolerations, affinity, topology spread and priority.
    Lists replace what the component or an earlier trait set.
  schema:
    type: object
    additionalProperties: false
    minProperties: 1
    properties:
      nodeSelector:
        type: object
        additionalProperties: { type: string }
        description: Node labels the pods require (merged into the pod's nodeSelector).
      tolerations:
        type: array
        description: Taints the pods tolerate (replaces the pod's list).
        items:
          type: object
          additionalProperties: false
          properties:
            key: { type: string, description: Taint key (empty with operator Exists = every taint). }
            operator: { enum: [Exists, Equal], default: Equal, description: Match operator. }
            value: { type: string, description: Taint value (operator Equal). }
            effect: { enum: [NoSchedule, PreferNoSchedule, NoExecute], description: Taint effect (empty = all). }
            tolerationSeconds: { type: integer, description: For NoExecute, how long the pod stays. }
      affinity:
        type: object
        additionalProperties: false
        description: Kubernetes affinity, passed through (replaces the pod's affinity sections given).
        properties:
          nodeAffinity: { type: object, description: Kubernetes NodeAffinity. }
          podAffinity: { type: object, description: Kubernetes PodAffinity. }
          podAntiAffinity: { type: object, description: Kubernetes PodAntiAffinity. }
      topologySpreadConstraints:
        type: array
        description: Spread of the pods over topology domains (replaces the pod's list).
        items:
          type: object
          additionalProperties: false
          required: [topologyKey]
          properties:
            maxSkew: { type: integer, minimum: 1, default: 1, description: Largest allowed difference between domains. }
            topologyKey: { type: string, description: Node label defining the domains, e.g. topology.kubernetes.io/zone. }
            whenUnsatisfiable: { enum: [DoNotSchedule, ScheduleAnyway], default: DoNotSchedule, description: Hard or soft constraint. }
            labelSelector: { type: object, description: Pods counted (default the component's pods). }
            minDomains: { type: integer, minimum: 1, description: Minimum number of eligible domains. }
            matchLabelKeys: { type: array, items: { type: string }, description: Pod label keys to group by. }
            nodeAffinityPolicy: { enum: [Honor, Ignore], description: Whether node affinity limits the domains. }
            nodeTaintsPolicy: { enum: [Honor, Ignore], description: Whether node taints limit the domains. }
      priorityClassName:
        type: string
        minLength: 1
        description: PriorityClass of the pods.
  patch: |
    podSpec:
    {{#if properties.nodeSelector}}
      nodeSelector: {{json properties.nodeSelector}}
    {{/if}}
    {{#if properties.tolerations}}
      tolerations: {{json properties.tolerations}}
    {{/if}}
    {{#if properties.affinity}}
      affinity: {{json properties.affinity}}
    {{/if}}
    {{#if properties.topologySpreadConstraints}}
      topologySpreadConstraints:
    {{#each properties.topologySpreadConstraints}}
        - {{json (merge (dict "labelSelector" (dict "matchLabels" ../context.labels.selector)) this)}}
    {{/each}}
    {{/if}}
    {{#if properties.priorityClassName}}
      priorityClassName: {{json properties.priorityClassName}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"scheduling"},spec:{version:"1.0.0",description:"Where the pods may run: node selector, tolerations, affinity, topology spread and priority. Lists replace what the component or an earlier trait set.",schema:{type:"object",additionalProperties:!1,minProperties:1,properties:{nodeSelector:{type:"object",additionalProperties:{type:"string"},description:"Node labels the pods require (merged into the pod's nodeSelector)."},tolerations:{type:"array",description:"Taints the pods tolerate (replaces the pod's list).",items:{type:"object",additionalProperties:!1,properties:{key:{type:"string",description:"Taint key (empty with operator Exists = every taint)."},operator:{enum:["Exists","Equal"],default:"Equal",description:"Match operator."},value:{type:"string",description:"Taint value (operator Equal)."},effect:{enum:["NoSchedule","PreferNoSchedule","NoExecute"],description:"Taint effect (empty = all)."},tolerationSeconds:{type:"integer",description:"For NoExecute","how long the pod stays.":null}}}},affinity:{type:"object",additionalProperties:!1,description:"Kubernetes affinity, passed through (replaces the pod's affinity sections given).",properties:{nodeAffinity:{type:"object",description:"Kubernetes NodeAffinity."},podAffinity:{type:"object",description:"Kubernetes PodAffinity."},podAntiAffinity:{type:"object",description:"Kubernetes PodAntiAffinity."}}},topologySpreadConstraints:{type:"array",description:"Spread of the pods over topology domains (replaces the pod's list).",items:{type:"object",additionalProperties:!1,required:["topologyKey"],properties:{maxSkew:{type:"integer",minimum:1,default:1,description:"Largest allowed difference between domains."},topologyKey:{type:"string",description:"Node label defining the domains","e.g. topology.kubernetes.io/zone.":null},whenUnsatisfiable:{enum:["DoNotSchedule","ScheduleAnyway"],default:"DoNotSchedule",description:"Hard or soft constraint."},labelSelector:{type:"object",description:"Pods counted (default the component's pods)."},minDomains:{type:"integer",minimum:1,description:"Minimum number of eligible domains."},matchLabelKeys:{type:"array",items:{type:"string"},description:"Pod label keys to group by."},nodeAffinityPolicy:{enum:["Honor","Ignore"],description:"Whether node affinity limits the domains."},nodeTaintsPolicy:{enum:["Honor","Ignore"],description:"Whether node taints limit the domains."}}}},priorityClassName:{type:"string",minLength:1,description:"PriorityClass of the pods."}}},patch:`podSpec:
{{#if properties.nodeSelector}}
  nodeSelector: {{json properties.nodeSelector}}
{{/if}}
{{#if properties.tolerations}}
  tolerations: {{json properties.tolerations}}
{{/if}}
{{#if properties.affinity}}
  affinity: {{json properties.affinity}}
{{/if}}
{{#if properties.topologySpreadConstraints}}
  topologySpreadConstraints:
{{#each properties.topologySpreadConstraints}}
    - {{json (merge (dict "labelSelector" (dict "matchLabels" ../context.labels.selector)) this)}}
{{/each}}
{{/if}}
{{#if properties.priorityClassName}}
  priorityClassName: {{json properties.priorityClassName}}
{{/if}}
`}},origins:{patch:[60,5]}}]},{path:"templates/traits/securitycontext.yaml",text:`# Mirrors KubeVela's securitycontext trait (vela-templates/definitions/internal/trait/securitycontext.cue):
# the container securityContext with KubeVela's defaults; a container that does not exist is an error.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: securitycontext
spec:
  version: 1.0.0
  description: >-
    The securityContext of a container (the main one, or containerName): capabilities, privilege
    escalation, read-only root filesystem, non-root user (KubeVela's defaults: no escalation, not
    privileged, writable root, runAsNonRoot).
  schema:
    type: object
    additionalProperties: false
    properties:
      containerName: { type: string, default: '', description: Container to change (default the main container). }
      addCapabilities: { type: array, items: { type: string }, description: Capabilities to add. }
      dropCapabilities: { type: array, items: { type: string }, description: Capabilities to drop. }
      allowPrivilegeEscalation: { type: boolean, default: false, description: Allow privilege escalation. }
      privileged: { type: boolean, default: false, description: Run privileged. }
      readOnlyRootFilesystem: { type: boolean, default: false, description: Mount the root filesystem read-only. }
      runAsNonRoot: { type: boolean, default: true, description: Refuse to run as root. }
      runAsUser: { type: integer, description: User of the process. }
      runAsGroup: { type: integer, description: Group of the process. }
  patch: |
    podSpec:
      containers:
    {{#if properties.containerName}}
        - name: {{json properties.containerName}}
    {{else}}
        - name: {{json name}}
    {{/if}}
          $patch: existing
          securityContext:
            capabilities: {{json (dict "add" properties.addCapabilities "drop" properties.dropCapabilities)}}
            allowPrivilegeEscalation: {{json properties.allowPrivilegeEscalation}}
            privileged: {{json properties.privileged}}
            readOnlyRootFilesystem: {{json properties.readOnlyRootFilesystem}}
            runAsNonRoot: {{json properties.runAsNonRoot}}
    {{#if (defined properties.runAsUser)}}
            runAsUser: {{json properties.runAsUser}}
    {{/if}}
    {{#if (defined properties.runAsGroup)}}
            runAsGroup: {{json properties.runAsGroup}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"securitycontext"},spec:{version:"1.0.0",description:"The securityContext of a container (the main one, or containerName): capabilities, privilege escalation, read-only root filesystem, non-root user (KubeVela's defaults: no escalation, not privileged, writable root, runAsNonRoot).",schema:{type:"object",additionalProperties:!1,properties:{containerName:{type:"string",default:"",description:"Container to change (default the main container)."},addCapabilities:{type:"array",items:{type:"string"},description:"Capabilities to add."},dropCapabilities:{type:"array",items:{type:"string"},description:"Capabilities to drop."},allowPrivilegeEscalation:{type:"boolean",default:!1,description:"Allow privilege escalation."},privileged:{type:"boolean",default:!1,description:"Run privileged."},readOnlyRootFilesystem:{type:"boolean",default:!1,description:"Mount the root filesystem read-only."},runAsNonRoot:{type:"boolean",default:!0,description:"Refuse to run as root."},runAsUser:{type:"integer",description:"User of the process."},runAsGroup:{type:"integer",description:"Group of the process."}}},patch:`podSpec:
  containers:
{{#if properties.containerName}}
    - name: {{json properties.containerName}}
{{else}}
    - name: {{json name}}
{{/if}}
      $patch: existing
      securityContext:
        capabilities: {{json (dict "add" properties.addCapabilities "drop" properties.dropCapabilities)}}
        allowPrivilegeEscalation: {{json properties.allowPrivilegeEscalation}}
        privileged: {{json properties.privileged}}
        readOnlyRootFilesystem: {{json properties.readOnlyRootFilesystem}}
        runAsNonRoot: {{json properties.runAsNonRoot}}
{{#if (defined properties.runAsUser)}}
        runAsUser: {{json properties.runAsUser}}
{{/if}}
{{#if (defined properties.runAsGroup)}}
        runAsGroup: {{json properties.runAsGroup}}
{{/if}}
`}},origins:{patch:[27,5]}}]},{path:"templates/traits/service-account.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: service-account
spec:
  version: 1.0.0
  description: >-
    Runs the pods under a ServiceAccount, and creates it when \`create\` is set (for example with
    cloud IAM annotations).
  schema:
    type: object
    additionalProperties: false
    properties:
      name:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'
        maxLength: 253
        description: ServiceAccount name (default the component name).
      create:
        type: boolean
        default: false
        description: Create the ServiceAccount in the workload namespace.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Annotations of the created ServiceAccount (e.g. eks.amazonaws.com/role-arn).
      automountServiceAccountToken:
        type: boolean
        description: Whether pods mount the account's API token.
  patch: |
    podSpec:
      serviceAccountName: {{json (default properties.name name)}}
    {{#if (defined properties.automountServiceAccountToken)}}
      automountServiceAccountToken: {{json properties.automountServiceAccountToken}}
    {{/if}}
  outputs: |
    {{#if properties.create}}
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: {{json (default properties.name name)}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    {{#if properties.annotations}}
      annotations: {{json properties.annotations}}
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"service-account"},spec:{version:"1.0.0",description:"Runs the pods under a ServiceAccount, and creates it when `create` is set (for example with cloud IAM annotations).",schema:{type:"object",additionalProperties:!1,properties:{name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",maxLength:253,description:"ServiceAccount name (default the component name)."},create:{type:"boolean",default:!1,description:"Create the ServiceAccount in the workload namespace."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Annotations of the created ServiceAccount (e.g. eks.amazonaws.com/role-arn)."},automountServiceAccountToken:{type:"boolean",description:"Whether pods mount the account's API token."}}},patch:`podSpec:
  serviceAccountName: {{json (default properties.name name)}}
{{#if (defined properties.automountServiceAccountToken)}}
  automountServiceAccountToken: {{json properties.automountServiceAccountToken}}
{{/if}}
`,outputs:`{{#if properties.create}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{json (default properties.name name)}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
{{#if properties.annotations}}
  annotations: {{json properties.annotations}}
{{/if}}
{{/if}}
`}},origins:{patch:[31,5],outputs:[37,5]}}]},{path:"templates/traits/sidecar.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: sidecar
spec:
  version: 1.0.0
  description: >-
    Adds a second container to the pods of the component (log shippers, proxies). A container of
    the same name is replaced field by field.
  schema:
    type: object
    additionalProperties: false
    required: [name, image]
    properties:
      name:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Container name.
      image:
        type: string
        minLength: 1
        description: Container image.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image.
      cmd:
        type: array
        items: { type: string }
        description: Container command.
      args:
        type: array
        items: { type: string }
        description: Container arguments.
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      ports:
        type: array
        description: Ports the sidecar listens on.
        items:
          type: object
          additionalProperties: false
          required: [containerPort]
          properties:
            containerPort: { type: integer, minimum: 1, maximum: 65535, description: Port number. }
            name: { type: string, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 15, description: Port name. }
            protocol: { enum: [TCP, UDP, SCTP], default: TCP, description: Protocol. }
      volumeMounts:
        type: array
        description: Volumes of the pod to mount (for example those of the storage trait, named pvc-<name>, configmap-<name>, ...).
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { type: string, minLength: 1, description: Volume name. }
            mountPath: { type: string, minLength: 1, description: Where to mount it. }
            subPath: { type: string, description: Sub-path of the volume. }
            readOnly: { type: boolean, description: Mount read-only. }
      cpu:
        type: [string, number]
        description: CPU request and limit.
      memory:
        type: string
        description: Memory request and limit.
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Liveness probe.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Readiness probe.
    definitions:
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0 }
          periodSeconds: { type: integer, minimum: 1 }
          timeoutSeconds: { type: integer, minimum: 1 }
          successThreshold: { type: integer, minimum: 1 }
          failureThreshold: { type: integer, minimum: 1 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  patch: |
    podSpec:
      containers:
        - name: {{json properties.name}}
          image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
          command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
          args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
          env: {{json properties.env}}
    {{/if}}
    {{#if properties.ports}}
          ports: {{json properties.ports}}
    {{/if}}
    {{#if properties.volumeMounts}}
          volumeMounts: {{json properties.volumeMounts}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
    {{/if}}
    {{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"sidecar"},spec:{version:"1.0.0",description:"Adds a second container to the pods of the component (log shippers, proxies). A container of the same name is replaced field by field.",schema:{type:"object",additionalProperties:!1,required:["name","image"],properties:{name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Container name."},image:{type:"string",minLength:1,description:"Container image."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image."},cmd:{type:"array",items:{type:"string"},description:"Container command."},args:{type:"array",items:{type:"string"},description:"Container arguments."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},ports:{type:"array",description:"Ports the sidecar listens on.",items:{type:"object",additionalProperties:!1,required:["containerPort"],properties:{containerPort:{type:"integer",minimum:1,maximum:65535,description:"Port number."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Protocol."}}}},volumeMounts:{type:"array",description:"Volumes of the pod to mount (for example those of the storage trait, named pvc-<name>, configmap-<name>, ...).",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{type:"string",minLength:1,description:"Volume name."},mountPath:{type:"string",minLength:1,description:"Where to mount it."},subPath:{type:"string",description:"Sub-path of the volume."},readOnly:{type:"boolean",description:"Mount read-only."}}}},cpu:{type:["string","number"],description:"CPU request and limit."},memory:{type:"string",description:"Memory request and limit."},livenessProbe:{$ref:"#/definitions/probe",description:"Liveness probe."},readinessProbe:{$ref:"#/definitions/probe",description:"Readiness probe."}},definitions:{envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0},periodSeconds:{type:"integer",minimum:1},timeoutSeconds:{type:"integer",minimum:1},successThreshold:{type:"integer",minimum:1},failureThreshold:{type:"integer",minimum:1},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},patch:`podSpec:
  containers:
    - name: {{json properties.name}}
      image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
      imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
      command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
      args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
      env: {{json properties.env}}
{{/if}}
{{#if properties.ports}}
      ports: {{json properties.ports}}
{{/if}}
{{#if properties.volumeMounts}}
      volumeMounts: {{json properties.volumeMounts}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
      resources:
        requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
        limits: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
{{/if}}
{{#if properties.livenessProbe}}
      livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
      readinessProbe: {{json properties.readinessProbe}}
{{/if}}
`}},origins:{patch:[172,5]}}]},{path:"templates/traits/storage.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: storage
spec:
  version: 1.0.0
  description: >-
    Volumes for the pods of the component, mounted into the main container: PersistentVolumeClaims,
    ConfigMaps, Secrets and emptyDirs. The PVC, ConfigMap and Secret objects are created too,
    unless mountOnly (then they must exist). Volume names are pvc-<name>, configmap-<name>,
    secret-<name>, emptydir-<name>.
  schema:
    type: object
    additionalProperties: false
    minProperties: 1
    properties:
      pvc:
        type: array
        minItems: 1
        description: PersistentVolumeClaims (named \`name\`) mounted at mountPath.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { $ref: '#/definitions/name', description: Claim name. }
            mountPath: { type: string, minLength: 1, description: Mount path in the container. }
            subPath: { type: string, description: Sub-path of the volume to mount. }
            readOnly: { type: boolean, default: false, description: Mount read-only. }
            mountOnly: { type: boolean, default: false, description: Do not create the claim; it already exists. }
            size: { type: string, default: 8Gi, description: Requested storage, e.g. 10Gi. }
            storageClassName: { type: string, description: StorageClass (default the cluster's default class). }
            accessModes:
              type: array
              minItems: 1
              default: [ReadWriteOnce]
              items: { enum: [ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod] }
              description: Access modes.
            volumeMode: { enum: [Filesystem, Block], default: Filesystem, description: Filesystem or raw block device. }
      configMap:
        type: array
        minItems: 1
        description: ConfigMaps (named \`name\`) mounted as files.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { $ref: '#/definitions/name', description: ConfigMap name. }
            mountPath: { type: string, minLength: 1, description: Mount path in the container. }
            subPath: { type: string, description: Mount a single key as a file. }
            readOnly: { type: boolean, default: true, description: Mount read-only. }
            mountOnly: { type: boolean, default: false, description: Do not create the ConfigMap; it already exists. }
            data: { type: object, additionalProperties: { type: string }, default: {}, description: Content of the created ConfigMap (key -> text). }
            defaultMode: { type: integer, minimum: 0, maximum: 511, description: File mode bits (decimal, e.g. 420 = 0644). }
            items: { $ref: '#/definitions/items' }
      secret:
        type: array
        minItems: 1
        description: >-
          Secrets (named \`name\`) mounted as files. Values given in stringData end up in the
          generated branch in clear text: for real secrets use mountOnly with an existing Secret.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { $ref: '#/definitions/name', description: Secret name. }
            mountPath: { type: string, minLength: 1, description: Mount path in the container. }
            subPath: { type: string, description: Mount a single key as a file. }
            readOnly: { type: boolean, default: true, description: Mount read-only. }
            mountOnly: { type: boolean, default: false, description: Do not create the Secret; it already exists. }
            stringData: { type: object, additionalProperties: { type: string }, default: {}, description: Content of the created Secret (key -> text). }
            defaultMode: { type: integer, minimum: 0, maximum: 511, description: File mode bits (decimal, e.g. 256 = 0400). }
            items: { $ref: '#/definitions/items' }
      emptyDir:
        type: array
        minItems: 1
        description: Scratch volumes that live as long as the pod.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { $ref: '#/definitions/name', description: Volume name suffix. }
            mountPath: { type: string, minLength: 1, description: Mount path in the container. }
            subPath: { type: string, description: Sub-path of the volume. }
            medium: { enum: ['', Memory], default: '', description: '"" (node disk) or Memory (tmpfs).' }
            sizeLimit: { type: string, description: Size limit, e.g. 1Gi. }
    definitions:
      name:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 53
      items:
        type: array
        description: Keys to project, each {key, path, mode?} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string }
            path: { type: string }
            mode: { type: integer, minimum: 0, maximum: 511 }
  patch: |
    podSpec:
      volumes:
    {{#each properties.pvc}}
        - name: {{json (concat "pvc-" this.name)}}
          persistentVolumeClaim:
            claimName: {{json this.name}}
    {{#if this.readOnly}}
            readOnly: true
    {{/if}}
    {{/each}}
    {{#each properties.configMap}}
        - name: {{json (concat "configmap-" this.name)}}
          configMap: {{json (dict "name" this.name "defaultMode" this.defaultMode "items" this.items)}}
    {{/each}}
    {{#each properties.secret}}
        - name: {{json (concat "secret-" this.name)}}
          secret: {{json (dict "secretName" this.name "defaultMode" this.defaultMode "items" this.items)}}
    {{/each}}
    {{#each properties.emptyDir}}
        - name: {{json (concat "emptydir-" this.name)}}
          emptyDir: {{json (dict "medium" this.medium "sizeLimit" this.sizeLimit)}}
    {{/each}}
    container:
      volumeMounts:
    {{#each properties.pvc}}
        - {{json (dict "name" (concat "pvc-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
    {{/each}}
    {{#each properties.configMap}}
        - {{json (dict "name" (concat "configmap-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
    {{/each}}
    {{#each properties.secret}}
        - {{json (dict "name" (concat "secret-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
    {{/each}}
    {{#each properties.emptyDir}}
        - {{json (dict "name" (concat "emptydir-" this.name) "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
  outputs: |
    {{#each properties.pvc}}
    {{#unless this.mountOnly}}
    ---
    apiVersion: v1
    kind: PersistentVolumeClaim
    metadata:
      name: {{json this.name}}
      namespace: {{json ../context.workload.namespace}}
      labels: {{json ../context.labels.object}}
    spec:
      accessModes: {{json this.accessModes}}
      volumeMode: {{json this.volumeMode}}
    {{#if this.storageClassName}}
      storageClassName: {{json this.storageClassName}}
    {{/if}}
      resources:
        requests:
          storage: {{json this.size}}
    {{/unless}}
    {{/each}}
    {{#each properties.configMap}}
    {{#unless this.mountOnly}}
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: {{json this.name}}
      namespace: {{json ../context.workload.namespace}}
      labels: {{json ../context.labels.object}}
    data: {{json this.data}}
    {{/unless}}
    {{/each}}
    {{#each properties.secret}}
    {{#unless this.mountOnly}}
    ---
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{json this.name}}
      namespace: {{json ../context.workload.namespace}}
      labels: {{json ../context.labels.object}}
    type: Opaque
    stringData: {{json this.stringData}}
    {{/unless}}
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"storage"},spec:{version:"1.0.0",description:"Volumes for the pods of the component, mounted into the main container: PersistentVolumeClaims, ConfigMaps, Secrets and emptyDirs. The PVC, ConfigMap and Secret objects are created too, unless mountOnly (then they must exist). Volume names are pvc-<name>, configmap-<name>, secret-<name>, emptydir-<name>.",schema:{type:"object",additionalProperties:!1,minProperties:1,properties:{pvc:{type:"array",minItems:1,description:"PersistentVolumeClaims (named `name`) mounted at mountPath.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/name",description:"Claim name."},mountPath:{type:"string",minLength:1,description:"Mount path in the container."},subPath:{type:"string",description:"Sub-path of the volume to mount."},readOnly:{type:"boolean",default:!1,description:"Mount read-only."},mountOnly:{type:"boolean",default:!1,description:"Do not create the claim; it already exists."},size:{type:"string",default:"8Gi",description:"Requested storage","e.g. 10Gi.":null},storageClassName:{type:"string",description:"StorageClass (default the cluster's default class)."},accessModes:{type:"array",minItems:1,default:["ReadWriteOnce"],items:{enum:["ReadWriteOnce","ReadOnlyMany","ReadWriteMany","ReadWriteOncePod"]},description:"Access modes."},volumeMode:{enum:["Filesystem","Block"],default:"Filesystem",description:"Filesystem or raw block device."}}}},configMap:{type:"array",minItems:1,description:"ConfigMaps (named `name`) mounted as files.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/name",description:"ConfigMap name."},mountPath:{type:"string",minLength:1,description:"Mount path in the container."},subPath:{type:"string",description:"Mount a single key as a file."},readOnly:{type:"boolean",default:!0,description:"Mount read-only."},mountOnly:{type:"boolean",default:!1,description:"Do not create the ConfigMap; it already exists."},data:{type:"object",additionalProperties:{type:"string"},default:{},description:"Content of the created ConfigMap (key -> text)."},defaultMode:{type:"integer",minimum:0,maximum:511,description:"File mode bits (decimal","e.g. 420 = 0644).":null},items:{$ref:"#/definitions/items"}}}},secret:{type:"array",minItems:1,description:"Secrets (named `name`) mounted as files. Values given in stringData end up in the generated branch in clear text: for real secrets use mountOnly with an existing Secret.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/name",description:"Secret name."},mountPath:{type:"string",minLength:1,description:"Mount path in the container."},subPath:{type:"string",description:"Mount a single key as a file."},readOnly:{type:"boolean",default:!0,description:"Mount read-only."},mountOnly:{type:"boolean",default:!1,description:"Do not create the Secret; it already exists."},stringData:{type:"object",additionalProperties:{type:"string"},default:{},description:"Content of the created Secret (key -> text)."},defaultMode:{type:"integer",minimum:0,maximum:511,description:"File mode bits (decimal","e.g. 256 = 0400).":null},items:{$ref:"#/definitions/items"}}}},emptyDir:{type:"array",minItems:1,description:"Scratch volumes that live as long as the pod.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/name",description:"Volume name suffix."},mountPath:{type:"string",minLength:1,description:"Mount path in the container."},subPath:{type:"string",description:"Sub-path of the volume."},medium:{enum:["","Memory"],default:"",description:'"" (node disk) or Memory (tmpfs).'},sizeLimit:{type:"string",description:"Size limit","e.g. 1Gi.":null}}}}},definitions:{name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:53},items:{type:"array",description:"Keys to project, each {key, path, mode?} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string"},path:{type:"string"},mode:{type:"integer",minimum:0,maximum:511}}}}}},patch:`podSpec:
  volumes:
{{#each properties.pvc}}
    - name: {{json (concat "pvc-" this.name)}}
      persistentVolumeClaim:
        claimName: {{json this.name}}
{{#if this.readOnly}}
        readOnly: true
{{/if}}
{{/each}}
{{#each properties.configMap}}
    - name: {{json (concat "configmap-" this.name)}}
      configMap: {{json (dict "name" this.name "defaultMode" this.defaultMode "items" this.items)}}
{{/each}}
{{#each properties.secret}}
    - name: {{json (concat "secret-" this.name)}}
      secret: {{json (dict "secretName" this.name "defaultMode" this.defaultMode "items" this.items)}}
{{/each}}
{{#each properties.emptyDir}}
    - name: {{json (concat "emptydir-" this.name)}}
      emptyDir: {{json (dict "medium" this.medium "sizeLimit" this.sizeLimit)}}
{{/each}}
container:
  volumeMounts:
{{#each properties.pvc}}
    - {{json (dict "name" (concat "pvc-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
{{/each}}
{{#each properties.configMap}}
    - {{json (dict "name" (concat "configmap-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
{{/each}}
{{#each properties.secret}}
    - {{json (dict "name" (concat "secret-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
{{/each}}
{{#each properties.emptyDir}}
    - {{json (dict "name" (concat "emptydir-" this.name) "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
`,outputs:`{{#each properties.pvc}}
{{#unless this.mountOnly}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {{json this.name}}
  namespace: {{json ../context.workload.namespace}}
  labels: {{json ../context.labels.object}}
spec:
  accessModes: {{json this.accessModes}}
  volumeMode: {{json this.volumeMode}}
{{#if this.storageClassName}}
  storageClassName: {{json this.storageClassName}}
{{/if}}
  resources:
    requests:
      storage: {{json this.size}}
{{/unless}}
{{/each}}
{{#each properties.configMap}}
{{#unless this.mountOnly}}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{json this.name}}
  namespace: {{json ../context.workload.namespace}}
  labels: {{json ../context.labels.object}}
data: {{json this.data}}
{{/unless}}
{{/each}}
{{#each properties.secret}}
{{#unless this.mountOnly}}
---
apiVersion: v1
kind: Secret
metadata:
  name: {{json this.name}}
  namespace: {{json ../context.workload.namespace}}
  labels: {{json ../context.labels.object}}
type: Opaque
stringData: {{json this.stringData}}
{{/unless}}
{{/each}}
`}},origins:{patch:[107,5],outputs:[144,5]}}]},{path:"templates/traits/topologyspreadconstraints.yaml",text:`# Mirrors KubeVela's topologyspreadconstraints trait
# (vela-templates/definitions/internal/trait/topologyspreadconstraints.cue); the list replaces the pod's.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: topologyspreadconstraints
spec:
  version: 1.0.0
  description: Topology spread constraints of the component's pods (the list replaces the pod's).
  schema:
    type: object
    additionalProperties: false
    required: [constraints]
    properties:
      constraints:
        type: array
        minItems: 1
        description: Constraints, each {maxSkew, topologyKey, whenUnsatisfiable, labelSelector, minDomains, matchLabelKeys, nodeAffinityPolicy, nodeTaintsPolicy}.
        items:
          type: object
          additionalProperties: false
          required: [maxSkew, topologyKey, labelSelector]
          properties:
            maxSkew: { type: integer, minimum: 1 }
            topologyKey: { type: string, minLength: 1 }
            whenUnsatisfiable: { enum: [DoNotSchedule, ScheduleAnyway], default: DoNotSchedule }
            labelSelector:
              type: object
              additionalProperties: false
              properties:
                matchLabels: { type: object, additionalProperties: { type: string } }
                matchExpressions:
                  type: array
                  items:
                    type: object
                    additionalProperties: false
                    required: [key]
                    properties:
                      key: { type: string }
                      operator: { enum: [In, NotIn, Exists, DoesNotExist], default: In }
                      values: { type: array, items: { type: string } }
            minDomains: { type: integer, minimum: 1 }
            matchLabelKeys: { type: array, items: { type: string } }
            nodeAffinityPolicy: { enum: [Honor, Ignore] }
            nodeTaintsPolicy: { enum: [Honor, Ignore] }
  patch: |
    podSpec:
      topologySpreadConstraints: {{json properties.constraints}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"topologyspreadconstraints"},spec:{version:"1.0.0",description:"Topology spread constraints of the component's pods (the list replaces the pod's).",schema:{type:"object",additionalProperties:!1,required:["constraints"],properties:{constraints:{type:"array",minItems:1,description:"Constraints, each {maxSkew, topologyKey, whenUnsatisfiable, labelSelector, minDomains, matchLabelKeys, nodeAffinityPolicy, nodeTaintsPolicy}.",items:{type:"object",additionalProperties:!1,required:["maxSkew","topologyKey","labelSelector"],properties:{maxSkew:{type:"integer",minimum:1},topologyKey:{type:"string",minLength:1},whenUnsatisfiable:{enum:["DoNotSchedule","ScheduleAnyway"],default:"DoNotSchedule"},labelSelector:{type:"object",additionalProperties:!1,properties:{matchLabels:{type:"object",additionalProperties:{type:"string"}},matchExpressions:{type:"array",items:{type:"object",additionalProperties:!1,required:["key"],properties:{key:{type:"string"},operator:{enum:["In","NotIn","Exists","DoesNotExist"],default:"In"},values:{type:"array",items:{type:"string"}}}}}}},minDomains:{type:"integer",minimum:1},matchLabelKeys:{type:"array",items:{type:"string"}},nodeAffinityPolicy:{enum:["Honor","Ignore"]},nodeTaintsPolicy:{enum:["Honor","Ignore"]}}}}}},patch:`podSpec:
  topologySpreadConstraints: {{json properties.constraints}}
`}},origins:{patch:[47,5]}}]}];function ja(t,e){let n=[],i=r=>{for(let o of ha(r).sort(_)){let s=va(r,o);if(ga(s).isDirectory())i(s);else if(/\.ya?ml$/.test(o)){let a=Pa(t,s).split(hr).join("/");n.push({path:ba.join(e,a),text:ya(s,"utf8")})}}};return i(t),n.sort((r,o)=>_(r.path,o.path))}function gr(t="mural-system",e={}){if(e.dir!==void 0)return fr(t,e);let n=dr.get(t);return n||dr.set(t,n=fr(t,e)),{definitions:[...n.definitions],diagnostics:[...n.diagnostics]}}var dr=new Map;function fr(t,e){let n=[],i=[],r=e.dir===void 0;if(!r&&!fa(e.dir))return{definitions:n,diagnostics:[j("definitions-dir",`definition directory ${e.dir} does not exist`)]};let o=e.displayPrefix??(r?"templates":e.dir.split(hr).join("/")),s=r?Sn:ja(e.dir,o),a=r?new Map(Sn.map(l=>[l.path,l])):void 0;for(let l of s){let c=a?.get(l.path),p=c?Sa(l,c):Ie(l);i.push(...p.diagnostics);for(let m of p.documents){let{apiVersion:d,kind:u}=m.body;if(d!==et||typeof u!="string"||!dn.includes(u)){i.push(j("not-a-definition",`expected a definition (${et} ${dn.join(" | ")})`,m.pos(["kind"])));continue}let f=m.body.metadata??{},h=typeof f.namespace=="string"?f.namespace:t,g=Li(m,u,h,typeof f.name=="string"?f.name:""),y=c?.documents[m.docIndex]?.origins,{definition:P,diagnostics:v}=qe(g,t,{text:l.text,lazyTemplates:e.dir===void 0,origins:y});i.push(...v),P&&n.push(P)}}return n.sort((l,c)=>_(l.kind,c.kind)||_(l.name,c.name)||yr.default.compare(l.version,c.version)),{definitions:n,diagnostics:i}}function Sa(t,e){let n;return{documents:e.documents.map((r,o)=>({file:t.path,docIndex:o,body:structuredClone(r.body),pos:s=>(n??=Ie(t).documents)[o].pos(s)})),diagnostics:[]}}var ue=Ce(mn(),1);var Re=Ce(mn(),1);import{hash as xa}from"node:crypto";function vr(t){let e=new Map;for(let n of t){let i={number:1,hash:tt(n.body),current:!0,object:n},r=Oe(n.body);r&&(i.version=r),e.set(`${n.id.kind}/${n.id.namespace}/${n.id.name}`,[i])}return{revisions:n=>e.get(`${n.kind}/${n.namespace}/${n.name}`)??[]}}function Oe(t){let e=t.spec,n=typeof e?.version=="string"?e.version.replace(/^v/,""):void 0;return n&&ka(n)?n:void 0}var Nt=new Map;function ka(t){let e=Nt.get(t);return e===void 0&&(Nt.size>1e4&&Nt.clear(),Nt.set(t,e=Re.default.valid(t)!==null)),e}function tt(t){let e=t.metadata??{},n={apiVersion:t.apiVersion??null,kind:t.kind??null,metadata:{name:e.name??null,namespace:e.namespace??null,labels:e.labels??null,annotations:e.annotations??null},spec:t.spec??null};return xa("sha256",xn(n),"hex")}function xn(t){if(t===null||typeof t!="object")return JSON.stringify(t)??"null";if(Array.isArray(t)){let i="[";for(let r=0;r<t.length;r++)r>0&&(i+=","),r in t&&(i+=xn(t[r]));return`${i}]`}let e=Object.keys(t).sort(),n="{";for(let i=0;i<e.length;i++)i>0&&(n+=","),n+=`${JSON.stringify(e[i])}:${xn(t[e[i]])}`;return`${n}}`}function Dt(t){let e=t.indexOf("@");return e<0?{name:t}:{name:t.slice(0,e),pin:t.slice(e+1)}}function br(t,e,n){let i=kn(t);if(t.length===0)return{available:i};if(e===void 0)return{revision:t.find(d=>d.current),by:"current",available:i};let r=t.filter(d=>d.version),o=n==="semantic"&&r.length>0,s=/^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(e);if(!s)return{available:i};let[,a,l,c,p]=s;if(l===void 0&&!o)return e.startsWith("v")?{revision:t.find(d=>d.number===Number(a)),by:"basic",available:i}:{available:i};if(r.length===0)return{available:i};if(c!==void 0){let d=e.replace(/^v/,""),u=r.filter(f=>Re.default.eq(f.version,d));return{revision:u[u.length-1],by:"semantic",available:i}}if(p)return{available:i};let m=l===void 0?`${a}.x`:`${a}.${l}.x`;return{revision:wa(r,m),by:"semantic",available:i}}function Tt(t,e){return e.version?t.filter(n=>n!==e&&n.version&&n.hash!==e.hash&&Re.default.eq(n.version,e.version)):[]}function wa(t,e){let n;for(let i of t)Re.default.satisfies(i.version,e)&&(!n||Re.default.compare(i.version,n.version)>=0)&&(n=i);return n}function kn(t){if(t.length===0)return"no revisions";let e=t.length===1?"v1":`v1..v${t[t.length-1].number}`,n=[...new Set(t.map(i=>i.version).filter(i=>!!i))].sort(Re.default.compare);return n.length?`${e}; semantic versions ${n.join(", ")}`:e}function Pr(t,e,n,i,r,o){let{name:s,pin:a}=Dt(n),l=[i,...i===t.systemNamespace?[]:[t.systemNamespace]],c=l.map(v=>({ns:v,revs:t.revisions.revisions({kind:e,namespace:v,name:s})})).filter(v=>v.revs.length>0),p=c.find(v=>v.revs.some(k=>k.current))??c.find(v=>!t.isInvalid(e,v.ns,s));if(!p||a===void 0&&!p.revs.some(v=>v.current)){if(l.some(v=>t.isInvalid(e,v,s)))return;if(p){o.push(j("deleted-reference",`${e} ${p.ns}/${s} no longer exists`,r,`restore it, or pin one of its revisions from history: ${s} has ${kn(p.revs)}`));return}Ra(t,e,s,l,r,o);return}let{ns:m,revs:d}=p,u={kind:e,namespace:m,name:s},{revision:f,by:h,available:g}=br(d,a,t.versioning);if(!f){o.push(j("unknown-revision",`${e} ${m}/${s} has no revision "${a}"`,r,`${s} has ${g}`));return}if(h==="basic"&&t.revisions.truncated){o.push(j("shallow-history",`${e} ${m}/${s}@${a} names a basic revision, but this clone has only part of the history, so revisions cannot be counted`,r,"fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)"));return}if(!f.current){let{problems:v,valid:k}=t.check(e,f);if(o.push(...v),!k){o.push(j("invalid-revision",`${e} ${m}/${s}@${a} is revision v${f.number}${f.commit?` of commit ${f.commit.slice(0,7)}`:""}, which is not valid today`,r,`see the errors at ${f.object.file}; pin another revision (${s} has ${g})`));return}}let y=h==="semantic"?Tt(d,f):[];y.length&&o.push(wn(`${e} ${m}/${s}`,f.version,y,f,r));let P=m!==i;return P&&o.push(Y("system-namespace-fallback",`${e} "${s}" not found in namespace ${i}; using ${m}/${s} from the system namespace`,r)),{ref:n,id:u,revision:f,fromSystemNamespace:P,at:r}}function wn(t,e,n,i,r){let o=s=>`v${s.number}${s.commit?` (commit ${s.commit.slice(0,7)})`:s.uncommitted?" (uncommitted)":""}`;return O("version-reused",`${t} version ${e} was committed with different contents: ${[...n,i].map(o).join(", ")}; using the later, v${i.number}`,r,"a version should name one content: bump spec.version whenever the object changes")}function Ra(t,e,n,i,r,o){let s=[...new Set(i.flatMap(l=>t.names(e,l)))],a=me(n,s);o.push(j("unknown-reference",`${e} "${n}" not found in namespace ${i.join(" or ")}`,r,a?`did you mean "${a}"?`:s.length?`available: ${s.sort().join(", ")}`:`no ${e} exists in ${i.join(" or ")}`))}var Et=class{constructor(e,n,i){this.history=i;let r=new Map;for(let o of[...e,...n])r.set(`${o.kind}/${o.namespace}/${o.name}@${o.version}`,o);for(let o of r.values()){let s=`${o.kind}/${o.namespace}/${o.name}`,a=this.byKey.get(s)??[];a.push(o),this.byKey.set(s,a)}for(let o of this.byKey.values())o.sort((s,a)=>ue.default.compare(s.version,a.version))}history;byKey=new Map;fromHistory=new Map;historicalRevision=new WeakMap;invalid=new Set;all(){return[...this.byKey.values()].flat().sort((e,n)=>_(e.kind,n.kind)||_(e.name,n.name)||ue.default.compare(e.version,n.version))}versions(e,n,i){return this.byKey.get(`${e}/${n}/${i}`)??[]}resolve(e,n,i,r,o){let{name:s,pin:a}=Dt(n),l=(m,d)=>{let u=this.historical({kind:e,namespace:m,name:s},d,a);if(u){if(o.push(...u.diagnostics),u.definition){let f=u.revision.commit?`as of commit ${u.revision.commit.slice(0,7)}`:"uncommitted";o.push(Y("definition-from-history",`${e} ${s} ${u.definition.version} is no longer in the tree; using it ${f}`,r))}return u}};for(let m of i){let d=this.versions(e,m,s);if(d.length===0)continue;let u=Ma(d,a);if(u)return this.checkReused(u,r,o),u;let f=l(m,d);if(f)return f.definition;o.push(j("unknown-definition-version",`${e} "${s}" has no version matching "${a}"`,r,`available versions: ${d.map(h=>h.version).join(", ")}`));return}for(let m of i){let d=l(m,[]);if(d)return d.definition}if(i.some(m=>this.invalid.has(`${e}/${m}/${s}`)))return;let c=[...new Set(i.flatMap(m=>[...this.byKey.keys()].filter(d=>d.startsWith(`${e}/${m}/`)).map(d=>d.split("/")[2])))],p=me(s,c);o.push(j("unknown-definition",`${e} "${s}" does not exist`,r,p?`did you mean "${p}"?`:`available: ${c.sort(_).join(", ")}`))}historical(e,n,i){let r=i?.replace(/^v/,"");if(!this.history?.revisions.definitionRevisions||!r||!ue.default.valid(r)||n.some(c=>ue.default.eq(c.version,r)))return;let o=this.history.revisions.definitionRevisions(e,ue.default.valid(r)),s=o[o.length-1];if(!s)return;let{definition:a,diagnostics:l}=this.parsed(s);return{definition:a,revision:s,diagnostics:l}}parsed(e){let n=this.fromHistory.get(e);if(n)return{definition:n.definition,diagnostics:[]};let i=qe(e.object,this.history.systemNamespace);return this.fromHistory.set(e,i),i.definition&&this.historicalRevision.set(i.definition,e),i}revisionOf(e){let n=this.historicalRevision.get(e);return n||this.history?.revisions.definitionRevisions?.(e.source.id,e.version).find(i=>i.current)}locked(e,n,i,r,o){let s=this.versions(e,n,i).find(l=>l.version===r&&l.hash===o);if(s)return{definition:s,diagnostics:[]};let a=this.history?.revisions.definitionRevisions?.({kind:e,namespace:n,name:i},r)??[];for(let l of[...a].reverse()){if(l.current)continue;let c=this.parsed(l);if(c.definition?.hash===o)return c}}checkReused(e,n,i){let r=this.history?.revisions.definitionRevisions?.(e.source.id,e.version)??[],o=r.find(a=>a.current),s=o?Tt(r,o):[];s.length&&i.push(wn(`${e.kind} ${e.namespace}/${e.name}`,e.version,s,o,n))}};function Ma(t,e){if(e===void 0)return t[t.length-1];let n=/^v?(\d+)(?:\.(\d+))?(?:\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?)?$/.exec(e);if(!n)return;let[,i,r,o]=n;if(o!==void 0)return t.find(l=>ue.default.eq(l.version,e.replace(/^v/,"")));let s=r===void 0?`${i}.x`:`${i}.${r}.x`,a;for(let l of t)ue.default.satisfies(l.version,s)&&(!a||ue.default.gt(l.version,a.version))&&(a=l);return a}function jr(t,e,n){return`${t}/${e}/${n}`}var Sr="render without --locked to resolve it and record it in the lock",_t=class{constructor(e){this.locked=e}locked;recorded=new Map;entries(){return Object.fromEntries([...this.recorded.keys()].sort(_).map(e=>[e,this.recorded.get(e)]))}ref(e,n,i,r,o,s){let a=jr(n,r,i),l=[],c=Pr(e,n,i,r,o,l),p=this.locked?.[a];if(!this.locked||!p||c&&Na(p,c)){if(s.push(...l),this.locked&&!p&&c){s.push(j("reference-not-locked",`${n} ${r}/${i} is not in the lock file`,o,Sr));return}return c&&this.recorded.set(a,Rn(c)),c}let m=e.revisions.revisions({kind:n,namespace:p.namespace,name:p.name}),d=m.find(h=>h.hash===p.hash&&h.number===p.revision)??[...m].reverse().find(h=>h.hash===p.hash),u=`${n} ${r}/${i}`;if(!d){s.push(...l.filter(h=>h.severity==="error"),wr(u,p,o));return}if(!d.current&&!this.valid(e,n,d,u,p,o,s))return;let f={ref:i,id:{kind:n,namespace:p.namespace,name:p.name},revision:d,fromSystemNamespace:p.namespace!==r,at:o};return s.push(kr(u,p,c?Rn(c):void 0,l,o)),this.recorded.set(a,Rn(f)),f}definition(e,n,i,r,o,s){let a=jr(n,r[0],i),l=[],c=e.resolve(n,i,r,o,l),p=this.locked?.[a],m=f=>this.recorded.set(a,xr(i,f,e.revisionOf(f)));if(!this.locked||!p||c&&Da(p,c)){if(s.push(...l),this.locked&&!p&&c){s.push(j("reference-not-locked",`${n} ${r[0]}/${i} is not in the lock file`,o,Sr));return}return c&&m(c),c}let d=`${n} ${r[0]}/${i}`,u=p.version?e.locked(n,p.namespace,p.name,p.version,p.hash):void 0;if(!u?.definition){s.push(...l.filter(f=>f.severity==="error"),...u?.diagnostics??[],wr(d,p,o));return}return s.push(kr(d,p,c?xr(i,c,e.revisionOf(c)):void 0,l,o)),m(u.definition),u.definition}valid(e,n,i,r,o,s,a){let{problems:l,valid:c}=e.check(n,i);return a.push(...l),c||a.push(j("invalid-revision",`${r} is locked to ${nt(o)}, which is not valid today`,s,`see the errors at ${i.object.file}; render without --locked to re-resolve it`)),c}};function Rn(t){let e=t.revision,n={kind:t.id.kind,namespace:t.id.namespace,name:t.id.name,ref:t.ref,revision:e.number,hash:e.hash};return e.version&&(n.version=e.version),e.commit&&(n.commit=e.commit),e.uncommitted&&(n.uncommitted=!0),n}function xr(t,e,n){let i={kind:e.kind,namespace:e.namespace,name:e.name,ref:t,version:e.version,hash:e.hash};return n?.commit&&(i.commit=n.commit),n?.uncommitted&&(i.uncommitted=!0),i}var Na=(t,e)=>t.namespace===e.id.namespace&&t.name===e.id.name&&t.hash===e.revision.hash,Da=(t,e)=>t.namespace===e.namespace&&t.name===e.name&&t.version===e.version&&t.hash===e.hash;function nt(t){let e=[t.version&&t.revision!==void 0?`v${t.revision}`:void 0,t.commit?`commit ${t.commit.slice(0,7)}`:t.uncommitted?"uncommitted":`sha256:${t.hash.slice(0,12)}`].filter(Boolean);return`${t.version??`v${t.revision}`} (${e.join(", ")})`}function Ta(t,e){let n=t.namespace!==e.namespace||t.name!==e.name,[i,r]=[nt(t),nt(e)];return i===r&&([i,r]=[`${i} sha256:${t.hash.slice(0,12)}`,`${r} sha256:${e.hash.slice(0,12)}`]),n?[`${t.namespace}/${t.name} ${i}`,`${e.namespace}/${e.name} ${r}`]:[i,r]}function kr(t,e,n,i,r){let o=i.find(l=>l.severity==="error"),[s,a]=n?Ta(e,n):[nt(e),""];return O("lock-drift",n?`${t} is locked to ${s} but would now resolve to ${a}`:`${t} is locked to ${s} but would now fail to resolve: ${o?.message??"no revision matches"}`,r,n?"render without --locked to take the new revision":"fix the reference, then render without --locked to record it")}function wr(t,e,n){return j("locked-revision-missing",`${t} is locked to ${e.namespace}/${e.name} ${nt(e)}, which is no longer in the history`,n,"render without --locked to re-resolve it and record the new revision in the lock (the history must reach it: fetch the full history of a shallow clone, and leave out --no-history)")}function $t(t){return t.body.spec.workload.components.map((n,i)=>{let r=["spec","workload","components",i],o=(n.traits??[]).map((s,a)=>({type:String(s.type),properties:s.properties??{},pos:l=>t.pos([...r,"traits",a,"properties",...l]),typePos:t.pos([...r,"traits",a,"type"])}));return{name:String(n.name),type:String(n.type),properties:n.properties??{},traits:o,pos:s=>t.pos([...r,"properties",...s]),typePos:t.pos([...r,"type"])}})}function Ea(t,e){return t.includes("*")?new RegExp(`^${t.split("*").map(_a).join(".*")}$`).test(e):t===e}function _a(t){return t.replace(/[.+?^${}()|[\]\\]/g,"\\$&")}function Nr(t,e){let n=[],i=e.body.spec.policies??[],r=t;return i.forEach((o,s)=>{if(o.type!=="override")return;let a=o.properties??{};if((a.components??[]).forEach((c,p)=>{let m=["spec","policies",s,"properties","components",p],d=typeof c.name=="string",u=d?String(c.name):"*",f=typeof c.type=="string"?c.type:void 0,h=r.filter(y=>Ea(u,y.name)&&(d||f===void 0||Mn(f,y.type))),g=e.pos([...m,d?"name":"type"]);if(h.length===0){if(d&&!u.includes("*")&&f!==void 0){n.push({severity:"info",code:"override-matched",message:`override "${u}" adds component "${u}"`,...g}),r=[...r,Rr(u,f,c,e,m)];return}n.push(O("override-no-match",`override for component "${u}" matches no component of any profile deployed to this environment`,g,d&&!u.includes("*")?"give the override a `type` to add the component where it is missing":void 0));return}n.push({severity:"info",code:"override-matched",message:`override "${u}" matched`,...g}),r=r.map(y=>h.includes(y)?f!==void 0&&!Mn(f,y.type)?Rr(y.name,f,c,e,m):$a(y,c,e,m):y)}),Array.isArray(a.selector)){let c=new Set(a.selector.map(String));r=r.filter(p=>c.has(p.name))}}),{components:r,diagnostics:n}}function Rr(t,e,n,i,r){let o=[];return(n.traits??[]).forEach((s,a)=>{if(s.disable===!0)return;let l=[...r,"traits",a];o.push({type:String(s.type),properties:s.properties??{},pos:c=>i.pos([...l,"properties",...c]),typePos:i.pos([...l,"type"])})}),{name:t,type:e,properties:n.properties??{},traits:o,pos:s=>i.pos([...r,"properties",...s]),typePos:i.pos([...r,"type"])}}function Mn(t,e){return t.split("@")[0]===e.split("@")[0]}function $a(t,e,n,i){let r=e.properties??void 0,o=r?fn(t.properties,r,null):t.properties,s=r?Mr(r,l=>n.pos([...i,"properties",...l]),t.pos):t.pos,a=t.traits;return(e.traits??[]).forEach((l,c)=>{let p=String(l.type),m=[...i,"traits",c],d=a.findIndex(y=>Mn(y.type,p));if(l.disable===!0){d>=0&&(a=a.filter((y,P)=>P!==d));return}let u=l.properties??{},f=y=>n.pos([...m,"properties",...y]);if(d<0){a=[...a,{type:p,properties:u,pos:f,typePos:n.pos([...m,"type"])}];return}let h=a[d],g={type:p.includes("@")?p:h.type,properties:fn(h.properties,u,null),pos:Mr(u,f,h.pos),typePos:h.typePos};a=a.map((y,P)=>P===d?g:y)}),{...t,type:typeof e.type=="string"&&e.type.includes("@")?e.type:t.type,properties:o,traits:a,pos:s}}function Mr(t,e,n){return i=>Aa(t,i)?e(i):n(i)}function Aa(t,e){let n=t;for(let i of e)if(n===null||typeof n!="object"||(n=Array.isArray(n)?n[i]:n[String(i)],n===void 0))return!1;return e.length>0}var Ca=["system","project","bundle","deployment"];function Dr(t){let e=[],n=[...Nn(t.system,"system",["spec","variables"]),...t.project&&t.project!==t.system?Nn(t.project,"project",["spec","variables"]):[],...Nn(t.bundle,"bundle",["spec","variableSet","variables"]),...La(t.deployment)],i=new Map,r=new Map;for(let s of Ca)for(let a of n.filter(l=>l.source===s)){let l=r.get(a.name),c=i.get(a.name);if(s==="deployment"&&!c){e.push(j("undeclared-variable",`variable "${a.name}" is not declared in any VariableSet or in the ProfileBundle`,a.at,i.size?`declared variables: ${[...i.keys()].sort().join(", ")}`:"declare it in the project VariableSet first"));continue}if(l?.locked&&a.value!==void 0){e.push(j("locked-variable",`variable "${a.name}" is locked by the ${l.source} VariableSet at ${qa(l.at)} and cannot be overridden here`,a.at,"remove this value, or unlock the variable where it is locked"));continue}let p=a.type??c?.type;if(a.value!==void 0&&p){let m=Ia(a.value,p);if(m){e.push(j("variable-type",`variable "${a.name}" ${m} (variableType ${p})`,a.at));continue}}(!c||s!=="deployment")&&i.set(a.name,{...a,type:p,required:a.required||!!c?.required}),(a.value!==void 0||!l)&&r.set(a.name,{...a,type:p,locked:a.locked||!!l?.locked})}let o=new Map;for(let s of[...i.keys()].sort()){let a=r.get(s),l=i.get(s);if(a.value===void 0||a.value===null){l.required&&e.push(j("missing-variable",`required variable "${s}" has no value`,t.deployment.pos(["spec"]),"set it in spec.variables of this WorkloadDeployment"));continue}o.set(s,{name:s,value:a.value,type:l.type,source:a.source,at:a.at,locked:a.locked})}return{variables:o,diagnostics:e}}function Nn(t,e,n){if(!t)return[];let i=t.body;for(let r of n)i=Le(i)?i[r]??null:null;return Array.isArray(i)?i.map((r,o)=>{let s=r;return{name:String(s.name),value:s.value===void 0?void 0:s.value,type:s.variableType,required:s.validationMode==="required",locked:s.locked===!0,source:e,at:t.pos([...n,o,s.value===void 0?"name":"value"])}}):[]}function La(t){let e=t.body.spec.variables,n={required:!1,locked:!1,source:"deployment"};return Array.isArray(e)?e.map((i,r)=>{let o=i;return{...n,name:String(o.name),value:o.value??null,at:t.pos(["spec","variables",r,"value"])}}):e&&typeof e=="object"?Object.keys(e).sort().map(i=>({...n,name:i,value:e[i],at:t.pos(["spec","variables",i])})):[]}function Ia(t,e){switch(e){case"string":return typeof t=="string"?void 0:"must be a string";case"bool":return typeof t=="boolean"?void 0:"must be true or false";case"int32":return Number.isInteger(t)&&Math.abs(t)<=2147483647?void 0:"must be a 32-bit integer";case"int64":return Number.isSafeInteger(t)?void 0:"must be an integer";case"float32":case"float64":return typeof t=="number"?void 0:"must be a number"}}function qa(t){return`${t.file}:${t.line}:${t.column}`}function Tr(t,e){let n=[],{config:i,specs:r}=t,o=Object.values(r).flat(),s=e.revisions??vr(o),a=new Map;for(let g of o){let y=`${g.id.kind}/${g.id.namespace}`;a.set(y,[...a.get(y)??[],g.id.name])}let l={revisions:s,names:(g,y)=>a.get(`${g}/${y}`)??[],systemNamespace:i.systemNamespace,versioning:i.versioning,isInvalid:(g,y,P)=>t.invalid.has(`${g}/${y}/${P}`),check:Oa()},c=new Et(e.stockDefinitions,e.repoDefinitions,{revisions:s,systemNamespace:i.systemNamespace});c.invalid=t.invalid;let p=g=>r.VariableSet.find(y=>y.id.namespace===g&&y.id.name===i.variableSetName),m=new _t(e.locked),d=[],u=new Map,f=new Set,h=new Set;for(let g of r.WorkloadDeployment){let y=[],P=Va(g,l,m,c,p,v=>Fi(i,v),y,h,i.variableSetName);for(let v of y){let k=`${v.file}:${v.line}:${v.column}`;v.code==="override-no-match"?u.set(k,v):v.code==="override-matched"?f.add(k):n.push(v)}P&&!K(y)&&d.push(P)}for(let[g,y]of u)f.has(g)||n.push(y);return za(r.WorkloadProfile,h,c,i.systemNamespace,n),Ua(r.VariableSet,i.variableSetName,n),{deployments:d,definitions:c,revisions:s,references:m.entries(),diagnostics:n}}function Oa(){let t=new WeakMap;return(e,n)=>{let i=t.get(n);if(i!==void 0)return{problems:[],valid:i};let r=n.object,o=wt.includes(e)?Gi(e,r.body,r.pos):[];return t.set(n,o.length===0),{problems:o,valid:o.length===0}}}function Va(t,e,n,i,r,o,s,a,l){let c=t.body.spec,p=t.id.namespace,m=R=>c[R],d=m("environmentRef"),u=n.ref(e,"Environment",d.name,d.namespace??p,t.pos(["spec","environmentRef","name"]),s),f,h=m("profileBundleRef");h&&(f=n.ref(e,"ProfileBundle",h.name,h.namespace??p,t.pos(["spec","profileBundleRef","name"]),s));let g=m("workloadProfileRef"),y=t.pos(["spec","workloadProfileRef","name"]);if(!g&&f){let R=f.revision.object;g=R.body.spec.workloadProfileRef,y=R.pos(["spec","workloadProfileRef","name"])}if(!g){s.push(j("missing-profile","WorkloadDeployment names no WorkloadProfile",t.pos(["spec"]),"set spec.workloadProfileRef, or a spec.profileBundleRef whose bundle has a workloadProfileRef"));return}let P=n.ref(e,"WorkloadProfile",g.name,g.namespace??p,y,s);if(!P)return;let v=u?.revision.object,k=P.revision.object;a.add(k);let{variables:M,diagnostics:b}=Dr({system:r(e.systemNamespace),project:r(p),bundle:f?.revision.object,deployment:t});s.push(...b);let{components:S,diagnostics:w}=v?Nr($t(k),v):{components:$t(k),diagnostics:[]};s.push(...w);let x=[k.id.namespace,...k.id.namespace===e.systemNamespace?[]:[e.systemNamespace]],V=[],re=(R,A,I)=>{for(let D of _i(R)){let ee=[e.systemNamespace,p].some(z=>e.isInvalid("VariableSet",z,l));D.ref.scope==="var"&&!M.has(D.ref.name)&&!ee?s.push(j("unknown-variable",`${I} references variable "${D.ref.name}", which has no value`,A(D.path),M.size?`variables with values: ${[...M.keys()].join(", ")}`:"declare it in a VariableSet and give it a value")):D.ref.scope==="cluster"&&V.push({component:I,pos:A(D.path),text:D.text})}return $i(R,D=>D.scope==="var"?M.get(D.name)?.value:void 0)},q=[];for(let R of S){let A=n.definition(i,"ComponentDefinition",R.type,x,R.typePos,s),I=[];for(let D of R.traits){let ee=n.definition(i,"TraitDefinition",D.type,x,D.typePos,s);ee&&I.push({definition:ee,properties:re(D.properties,D.pos,`trait ${D.type} of component "${R.name}"`),pos:D.pos})}if(A){let D=re(R.properties,R.pos,`component "${R.name}"`);q.push({name:R.name,definition:A,properties:D,pos:R.pos,traits:I,labelStyle:o(A.namespace)})}}Fa(q,k,s);let le=[];if(!u||!v)return;(v.body.spec.policies??[]).forEach((R,A)=>{if(R.type==="override")return;let I=[v.id.namespace,...v.id.namespace===e.systemNamespace?[]:[e.systemNamespace]],D=n.definition(i,"PolicyDefinition",String(R.type),I,v.pos(["spec","policies",A,"type"]),s),ee=z=>v.pos(["spec","policies",A,"properties",...z]);if(D){let z=re(R.properties??{},ee,`policy ${String(R.type)}`);le.push({name:String(R.name??R.type),definition:D,properties:z,pos:ee,labelStyle:o(D.namespace)})}});let G=q.some(R=>(R.definition.workloadType??"application")==="application")?"application":"task";return{deployment:t,environment:u,profile:P,bundle:f,components:q,policies:le,variables:[...M.values()],workloadType:G,clusterMacros:V}}function za(t,e,n,i,r){for(let o of t){if(e.has(o))continue;let s=[o.id.namespace,...o.id.namespace===i?[]:[i]];for(let a of $t(o)){n.resolve("ComponentDefinition",a.type,s,a.typePos,r);for(let l of a.traits)n.resolve("TraitDefinition",l.type,s,l.typePos,r)}}}function Fa(t,e,n){let i=new Set;t.forEach((r,o)=>{i.has(r.name)&&n.push(j("duplicate-component",`component name "${r.name}" is used twice in this profile`,e.pos(["spec","workload","components",o,"name"]))),i.add(r.name)})}function Ua(t,e,n){for(let i of t)i.id.name!==e&&n.push(O("variable-set-name",`VariableSet "${i.id.name}" is never read: hubcast reads the VariableSet named "${e}" in each namespace`,i.pos(["metadata","name"]),`rename it to "${e}" (or set variableSetName in hubcast.yaml)`))}var _r=Ce(Ai(),1);var Ha=100,$r=new Set(["ComponentDefinition","TraitDefinition","PolicyDefinition"]),Ka=new Set(wt),it=Object.freeze([]);function Ve(t,e){let n=`${t.kind}/${t.namespace}/${t.name}`;return $r.has(t.kind)?`${n}@${e??""}`:n}var ve=class{constructor(e){this.systemNamespace=e}systemNamespace;byDocument=new Map;file(e){return this.fileVersion(e).objects}fileVersion(e,n){let i=Ga(e),r=[],o=[];for(let s=0;s<i.length;s++){let a=i[s],l=n&&n.documents[s]===a?n.perDocument[s]:this.byDocument.get(a);l||(l=Wa(a,this.systemNamespace),this.byDocument.set(a,l)),r.push(l);for(let c of l)o.push(c)}return{documents:i,perDocument:r,objects:o}}};function Ga(t){if(t.includes("\r")||t.includes("\u2028")||t.includes("\u2029"))return Ba(t);if(t.charCodeAt(0)===37||t.includes(`
%`))return[t];let e=[],n=0;for(let i=t.startsWith("---")?0:Er(t,0);i>=0;i=Er(t,i)){let r=t.charCodeAt(i+3);i+3<t.length&&r!==32&&r!==9&&r!==10||(i>n&&e.push(t.slice(n,i)),n=i)}return e.push(t.slice(n)),e}function Er(t,e){let n=t.indexOf(`
---`,e);return n<0?-1:n+1}function Ba(t){if(/^%/m.test(t))return[t];let e=[],n=/^---(?=[ \t\r\n]|$)/gm,i=0;for(let r=n.exec(t);r;r=n.exec(t))r.index>i&&e.push(t.slice(i,r.index)),i=r.index;return e.push(t.slice(i)),e}function Wa(t,e){let n,i=Ci(t);if(i&&i.docs.length===1)n=i.docs;else try{let o=(0,_r.parseAllDocuments)(t,{uniqueKeys:!0,strict:!0,merge:!0,prettyErrors:!1});if(!Array.isArray(o)||o.some(s=>s.errors.length>0))return it;n=o.map(s=>s.toJS({maxAliasCount:Ha}))}catch{return it}let r=[];for(let o of n){if(!Le(o))continue;let s=o.kind==="List"&&Array.isArray(o.items)?o.items:[o];for(let a of s){let l=Le(a)?Ja(a,e):void 0;l&&r.push(l)}}return r}function Ja(t,e){let{apiVersion:n,kind:i}=t;if(typeof i!="string")return;let r=n===Hi&&Ka.has(i),o=n===et&&$r.has(i);if(!r&&!o)return;let s=Le(t.metadata)?t.metadata:{};if(typeof s.name!="string")return;let a={kind:i,namespace:typeof s.namespace=="string"?s.namespace:e,name:s.name},l=Oe(t);if(o&&!l)return;let c={key:Ve(a,l),id:a,hash:tt(t)};return l&&(c.version=l),c}function Cr(t,e,n){let i=new Map;for(let r of Object.values(t.specs).flat())i.set(kt(r.id),r);for(let r of e)i.set(Ve(r.source.id,r.version),r.source);return Za(n.index,{current:(r,o)=>i.get(Ve(r,o)),systemNamespace:t.config.systemNamespace,truncated:n.truncated})}function Za(t,e){let n=new Map,i=(r,o)=>{let s=Ve(r,o),a=n.get(s);return a||(a=Ya(t,t.objects.get(s),e.current(r,o),e.systemNamespace),n.set(s,a)),a};return{truncated:e.truncated,revisions:r=>i(r),definitionRevisions:(r,o)=>i(r,o)}}function Ya(t,e,n,i){let r=e?.revisions??[],o=r.map((s,a)=>{let l=!!n&&!!e?.alive&&a===r.length-1;return Xa(s,l?n:void 0,()=>Qa(t,s,e.id,i))});if(n&&!o.some(s=>s.current)){let s={number:o.length+1,hash:tt(n.body),current:!0,object:n},a=Oe(n.body);a&&(s.version=a),o.push(s)}return o}function Xa(t,e,n){let i={number:t.number,hash:t.hash,object:e};if(t.version&&(i.version=t.version),t.commit&&(i.commit=t.commit),t.time!==void 0&&(i.date=new Date(t.time*1e3).toISOString().replace(".000Z","Z")),t.uncommitted&&(i.uncommitted=!0),e)i.current=!0;else{let r;Object.defineProperty(i,"object",{enumerable:!0,get:()=>r??=n()})}return i}function Qa(t,e,n,i){let r=e.commit?`${e.path}@${e.commit.slice(0,7)}`:e.path,o=t.text(e.blob)??"";return Ar(ep(o,r,Ve(n,e.version),i),e,n,i)??Ar(Ie({path:r,text:o}).documents,e,n,i)??{id:n,apiVersion:"",body:{},file:r,docIndex:0,pos:()=>({file:r,line:1,column:1})}}function Ar(t,e,n,i){for(let r of Bi(t)){let o=r.body.metadata??{},s=typeof o.namespace=="string"?o.namespace:i;if(!(r.body.kind!==n.kind||o.name!==n.name||s!==n.namespace)&&!(e.version&&Oe(r.body)!==e.version))return{id:n,apiVersion:String(r.body.apiVersion),body:r.body,file:r.file,docIndex:r.docIndex,pos:r.pos}}}function ep(t,e,n,i){if(/[\r\u2028\u2029\uFEFF]/.test(t)||/^(\.\.\.|%)/m.test(t))return[];let{documents:r,perDocument:o}=new ve(i).fileVersion(t),s=o.findIndex(p=>p===it||p.some(m=>m.key===n));if(s<0||o[s]===it)return[];let a=Ie({path:e,text:`
`.repeat(tp(r,s))+r[s]}).documents,c=s>0&&!r[0].startsWith("---")&&r[0].split(`
`).every(p=>/^\s*(#.*)?$/.test(p))?s-1:s;return a.map(p=>({...p,docIndex:c}))}function tp(t,e){let n=0;for(let i=0;i<e;i++)for(let r=t[i].indexOf(`
`);r>=0;r=t[i].indexOf(`
`,r+1))n++;return n}function Lr(t,e,n=Oi){let i=new Map;for(let a of t){let l=i.get(a.object.file)??[];l.push(a),i.set(a.object.file,l)}let r=[],o=[],s=[];for(let a of[...i.keys()].sort(_)){let l=i.get(a),c=n(`${e}\0${a}\0${l[0].text}`,()=>{let p={definitions:[],diagnostics:[],invalid:[]};for(let m of l){let{definition:d,diagnostics:u}=qe(m.object,e,{text:m.text});p.diagnostics.push(...u),d?p.definitions.push(d):K(u)&&p.invalid.push(kt(m.object.id))}return p});r.push(...c.definitions),o.push(...c.diagnostics),s.push(...c.invalid)}return np(r,o),{definitions:r,diagnostics:o,invalid:s}}function np(t,e){let n=new Map;for(let i of t){let r=`${i.kind}/${i.namespace}/${i.name}@${i.version}`,o=n.get(r);if(o){let s=o.source.pos(["spec","version"]);e.push(j("duplicate-definition",`${i.kind} ${i.name} version ${i.version} is defined twice (first at ${s.file}:${s.line}:${s.column})`,i.source.pos(["spec","version"]),"a definition version is immutable: bump spec.version for a changed definition"))}else n.set(r,i)}}var Dn=(t,e)=>`${t.deployment.id.namespace}/${t.deployment.id.name}/${e.name}`,ip=["commit","name","semver","tag","branch"];function rp(t){let e=t.body.spec,n={namespace:t.id.namespace,name:t.id.name,url:String(e.url)},i=e.secretRef?.name;return typeof i=="string"&&(n.secretRef=i),e.insecure===!0&&(n.insecure=!0),n}function op(t){for(let e of ip)if(t[e]!==void 0)return{[e]:t[e]};return{branch:"master"}}function Ir(t,e,n){let i=[],r=new Map,o=new Map,s=new Map(t.map(l=>[`${l.id.namespace}/${l.id.name}`,l])),a=new Map;for(let l of e)for(let c of l.components){let p=c.definition.sourceType;if(!p)continue;let m=sp(c);if(!m)continue;let d=Dn(l,c),u=["chart","version","repository","url","ref"].find(h=>JSON.stringify(m[h]??"").includes("{{"));if(u){i.push(j("source-cluster-macro",`component "${c.name}": ${u} cannot use per-cluster values: one version is resolved for every cluster`,c.pos([u]))),o.set(d,null);continue}let f;if(p==="helm"){let h=ap(s,String(m.repository),l,n,c,i);if(h){a.set(`${h.namespace}/${h.name}`,h);let g=String(m.chart),y=String(m.version??"*");f={type:"helm",key:`helm:${h.url}#${g}@${y}`,repository:h,chart:g,range:y,at:c.pos(["version"])}}}else{let h=op(m.ref??{}),[g,y]=Object.entries(h)[0],P=String(m.url);f={type:"git",key:`git:${P}#${g}=${y}`,url:P,ref:h,at:c.pos(["ref"])},typeof m.secretRef=="string"&&(f.secretRef=m.secretRef)}o.set(d,f?f.key:null),f&&!r.has(f.key)&&r.set(f.key,f)}return{requests:[...r.values()].sort((l,c)=>_(l.key,c.key)),byComponent:o,repositories:a,diagnostics:i}}function sp(t){let e=JSON.parse(JSON.stringify(t.properties??{}));try{return Ii(Wi.compile(t.definition.schema),e,t.pos).length?void 0:e}catch{return}}function ap(t,e,n,i,r,o){let s=[...new Set([n.deployment.id.namespace,n.profile.id.namespace,i])];for(let c of s){let p=t.get(`${c}/${e}`);if(p)return rp(p)}let a=[...t.values()].filter(c=>s.includes(c.id.namespace)).map(c=>c.id.name),l=me(e,a);o.push(j("unknown-repository",`component "${r.name}": Repository "${e}" not found in namespace ${s.join(", ")}`,r.pos(["repository"]),l?`did you mean "${l}"?`:a.length?`available: ${[...new Set(a)].sort(_).join(", ")}`:"add a Repository (spectrocloud.com/v1beta1) with spec.url, see docs/sources.md"))}var At="0|[1-9]\\d*",qr=`(?:${At}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`,pp=new RegExp(`^(${At})\\.(${At})\\.(${At})(?:-(${qr}(?:\\.${qr})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`);function Ct(t){let e=Number(t);return Number.isSafeInteger(e)?e:void 0}function $n(t){let e=pp.exec(t.startsWith("v")?t.slice(1):t);if(!e)return;let[n,i,r]=[Ct(e[1]),Ct(e[2]),Ct(e[3])];if(!(n===void 0||i===void 0||r===void 0))return{major:n,minor:i,patch:r,pre:e[4]??"",original:t}}function cp(t,e){if(t===e)return 0;if(t==="")return-1;if(e==="")return 1;let n=/^\d+$/.test(t),i=/^\d+$/.test(e);return n&&i?Number(t)>Number(e)?1:-1:n?-1:i||t>e?1:-1}function Vr(t,e){let n=t.split("."),i=e.split(".");for(let r=0;r<Math.max(n.length,i.length);r++){let o=cp(n[r]??"",i[r]??"");if(o!==0)return o}return 0}function B(t,e){return t.major!==e.major?t.major>e.major?1:-1:t.minor!==e.minor?t.minor>e.minor?1:-1:t.patch!==e.patch?t.patch>e.patch?1:-1:t.pre===e.pre?0:t.pre===""?1:e.pre===""?-1:Vr(t.pre,e.pre)}var En="v?([0-9xX*]+)(\\.[0-9xX*]+)?(\\.[0-9xX*]+)?(-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?",lp="!=|>=|=>|<=|=<|~>|>|<|=|~|\\^",_n=`(${lp})?\\s*(${En})`,mp=new RegExp(`^\\s*${_n}\\s*(?:(?:\\s+|,\\s*)${_n}\\s*)*$`),up=new RegExp(_n,"g"),dp=new RegExp(`\\s*(${En.replace(/\((?!\?)/g,"(?:")})\\s+-\\s+(${En.replace(/\((?!\?)/g,"(?:")})\\s*`,"g"),Tn=t=>t==="x"||t==="X"||t==="*";function fp(t,e,n="",i="",r="",o){let s=n.slice(1),a=i.slice(1),l=r.slice(1),c=!1,p=!1,m=!1,d;if(Tn(e)?(c=!0,d=["0","0","0"]):n===""||Tn(s)?(c=p=!0,d=[e,"0","0"]):i===""||Tn(a)?(c=m=!0,d=[e,s,"0"]):d=[e,s,a],d.some(h=>!/^\d+$/.test(h)))return;let u=d.map(Ct);if(u.some(h=>h===void 0))return;let f={major:u[0],minor:u[1],patch:u[2],pre:l,original:o};return{op:t,con:f,dirty:c,minorDirty:p,patchDirty:m}}function zr(t){let e=t.replace(dp,(i,r,o)=>`>= ${r}, <= ${o}`),n=[];for(let i of e.split("||")){if(!mp.test(i))return{error:`improper constraint: ${i.trim()||"(empty)"}`};let r=[];for(let o of i.matchAll(up)){let s=fp(o[1]??"",o[3],o[4],o[5],o[6],o[2]);if(!s)return{error:`improper constraint: ${o[0].trim()}`};r.push(s)}n.push(r)}return{constraint:{text:t,groups:n}}}function Or(t,e){return B(t,e.con)<0?!1:e.con.major===0&&e.con.minor===0&&e.con.patch===0&&!e.minorDirty&&!e.patchDirty?!0:t.major!==e.con.major?!1:!(t.minor!==e.con.minor&&!e.minorDirty)}function hp(t,e){return B(t,e.con)<0?!1:e.con.major>0||e.minorDirty?t.major===e.con.major:t.major>0?!1:e.con.minor>0||e.patchDirty?t.minor===e.con.minor:t.minor>0?!1:t.patch===e.con.patch}function yp(t,e){if(e.dirty){if(e.con.major!==t.major||e.con.minor!==t.minor&&!e.minorDirty)return!0;if(e.minorDirty)return!1;if(e.con.patch!==t.patch&&!e.patchDirty)return!0;if(e.patchDirty)return(t.pre!==""||e.con.pre!=="")&&Vr(t.pre,e.con.pre)!==0}return B(t,e.con)!==0}function gp(t,e,n){if(t.pre!==""&&e.con.pre===""&&!n&&(e.op!=="!="||e.dirty))return!1;let i=B(t,e.con);switch(e.op){case"":case"=":return e.dirty?Or(t,e):i===0;case"!=":return yp(t,e);case">":return e.dirty?t.major!==e.con.major?t.major>e.con.major:e.minorDirty?!1:e.patchDirty?t.minor>e.con.minor:i>0:i>0;case"<":return i<0;case">=":case"=>":return i>=0;case"<=":case"=<":return e.dirty?t.major>e.con.major?!1:!(t.major===e.con.major&&t.minor>e.con.minor&&!e.minorDirty):i<=0;case"~":case"~>":return Or(t,e);case"^":return hp(t,e)}}function Lt(t,e,n=!1){return e.groups.some(i=>{let r=n||i.some(o=>o.con.pre!=="");return i.every(o=>gp(t,o,r))})}function Fr(t){return t.groups[0]?.[0]?.con}function Ur(t){return zr(t===""?"*":t)}function Hr(t,e){let n=[];for(let i of t){let r=$n(e(i));r&&n.push({item:i,version:r})}return n}function Kr(t,e){let n=Fr(e),i=t.filter(c=>c.version.pre===""),r=i.filter(c=>!n||B(c.version,n)<0).sort((c,p)=>B(p.version,c.version)),o=n?i.filter(c=>B(c.version,n)>=0).sort((c,p)=>B(c.version,p.version)):[],s=Math.max(3,5-o.length),a=[...r.slice(0,s),...o.slice(0,5-Math.min(s,r.length))].sort((c,p)=>B(p.version,c.version)).map(c=>c.version.original),l=t.filter(c=>c.version.pre!==""&&Lt(c.version,e,!0)).sort((c,p)=>B(p.version,c.version)).slice(0,5).map(c=>c.version.original);return{ok:!1,reason:"no-match",nearest:[...new Set(a)],prereleases:[...new Set(l)]}}function Gr(t,e){if(e!==""){let l=t.find(c=>c.version===e);if(l)return{ok:!0,pick:l}}let{constraint:n,error:i}=Ur(e==="*"?"":e);if(!n)return{ok:!1,reason:"invalid-range",message:i};let r=Hr(t,l=>l.version),o=r.filter(l=>Lt(l.version,n));if(o.length===0)return Kr(r,n);let s=l=>Date.parse(l.item.created??"")||0;return{ok:!0,pick:o.reduce((l,c)=>(B(c.version,l.version)||s(c)-s(l))>0?c:l).item}}var It=t=>t.replaceAll("_","+"),qt=t=>t.replaceAll("+","_");function Ot(t,e,n=i=>i){let{constraint:i,error:r}=Ur(e==="*"?"":e);if(!i)return{ok:!1,reason:"invalid-range",message:r};let o=Hr(t,l=>n(l)),s=o.filter(l=>Lt(l.version,i));return s.length===0?Kr(o,i):{ok:!0,pick:s.reduce((l,c)=>(B(c.version,l.version)||_(c.item,l.item))>0?c:l).item}}function Br(t){return $n(t)!==void 0}function Wr(t){let e=[];return e.push(t.nearest.length?`nearest versions: ${t.nearest.join(", ")}`:"no stable versions exist"),t.prereleases.length&&e.push(`prereleases that would match if the range named a prerelease (e.g. ">=1.0.0-0"): ${t.prereleases.join(", ")}`),e.join("; ")}function vp(t,e){if(t.type==="helm"&&e.type==="helm"){let n=t.repository,i=n.url.startsWith("oci://"),r={type:i?"oci":"helm",repository:{name:n.name,namespace:n.namespace},url:i?`${n.url.replace(/\/+$/,"")}/${t.chart}`:n.url,chart:t.chart,range:t.range,version:e.version,tag:qt(e.version)};return e.digest&&(r.digest=e.digest),n.secretRef&&(r.secretRef=n.secretRef),n.insecure&&(r.insecure=!0),r}if(t.type==="git"&&e.type==="git"){let n={type:"git",url:t.url,ref:t.ref,commit:e.commit};return t.ref.branch&&(n.branch=t.ref.branch),t.secretRef&&(n.secretRef=t.secretRef),n}throw new Error(`source ${t.key}: resolution of type ${e.type} for a ${t.type} request`)}function Jr(t,e,n){let i=new Map(e.requests.map(r=>[r.key,r]));return t.map(r=>{if(!r.components.some(s=>s.definition.sourceType))return r;let o=r.components.flatMap(s=>{let a=e.byComponent.get(Dn(r,s));if(a===void 0)return[s];let l=a===null?void 0:n.get(a);return l?[{...s,source:vp(i.get(a),l)}]:[]});return{...r,components:o}})}function Zr(t,e){let n={};for(let i of t.requests){let r=e.get(i.key);if(r)if(i.type==="helm"&&r.type==="helm"){let o={type:"helm",url:i.repository.url,chart:i.chart,range:i.range,version:r.version};r.digest&&(o.digest=r.digest),n[i.key]=o}else i.type==="git"&&r.type==="git"&&(n[i.key]={type:"git",url:i.url,ref:i.ref,commit:r.commit})}return n}async function Yr(t,e,n){let i=new Array(t.length),r=0,o=async()=>{for(;r<t.length;){let s=r++;i[s]=await n(t[s],s)}};return await Promise.all(Array.from({length:Math.max(1,Math.min(e,t.length))},o)),i}function Xr(){let t=new Map;return(e,n)=>{let i=t.get(e);return i||(i=n(),t.set(e,i)),i}}import{createHash as bp}from"node:crypto";var Qr=600;function Vt(t){return`${t.replace(/^[a-z+]+:\/\//i,"").replace(/^[^@/]*@/,"").replace(/[^A-Za-z0-9.-]+/g,"_").slice(0,80)}-${bp("sha256").update(t).digest("hex").slice(0,12)}`}var rt={helmIndex:t=>`helm-index/${Vt(t)}`,ociTags:t=>`oci-tags/${Vt(t)}`,ociDigest:(t,e)=>`oci-digest/${Vt(t)}/${e.replace(/[^A-Za-z0-9._-]/g,"_")}`,gitRefs:t=>`git-refs/${Vt(t)}`};function eo(t,e,n=!1){if(!t)return!1;if(n||e.offline)return!0;let i=(e.now.getTime()-Date.parse(t.fetchedAt))/1e3;return i>=0&&i<e.ttlSeconds}function to(t){return`HUBCAST_SECRET_${t.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`}function no(t,e){if(!t)return;let n=to(t),i={username:e[`${n}_USERNAME`],password:e[`${n}_PASSWORD`],token:e[`${n}_TOKEN`]};return i.token||i.username?i:void 0}function io(t){if(!t)return"the repository needs credentials: set spec.secretRef on the Repository and the matching HUBCAST_SECRET_<NAME>_USERNAME/_PASSWORD (or _TOKEN) variables";let e=to(t);return`hubcast reads the credentials of Secret "${t}" from ${e}_USERNAME and ${e}_PASSWORD (or ${e}_TOKEN); check they are set and valid`}function C(t){return t.replace(/^([a-z+]+:\/\/)[^@/]*@/i,"$1***@")}var $=class extends Error{constructor(n,i){super(i);this.kind=n;this.name="SourceError"}kind};var se=class extends Error{constructor(n,i,r){super(i);this.code=n;this.hint=r}code;hint};function te(t){if(t.type==="helm")return`chart "${t.chart}" from Repository ${t.repository.namespace}/${t.repository.name} (${C(t.repository.url)})`;let[e,n]=Object.entries(t.ref)[0]??["branch","master"];return`git ${C(t.url)} ${e} ${n}`}async function ro(t,e){let n=Xr(),i=[],r=new Map,o=(p,m,d,u=!1)=>n(p,async()=>{let f=e.cache.read(p);if(eo(f,e.policy,u))return f.data;if(!e.fetcher)throw new se("source-not-cached",`${m} is not in the source cache (${e.cache.location}), and --offline forbids fetching it`,"render once without --offline to fill the cache");let h=await d(e.fetcher);return e.cache.write(p,h,e.policy.now.toISOString()),h}),s=async p=>{let m=p.repository;if(m.url.startsWith("oci://")){let v=`${m.url.replace(/\/+$/,"")}/${p.chart}`,k=()=>o(rt.ociTags(v),`the tag list of ${C(v)}`,b=>b.ociTags(m,p.chart)),M;Br(p.range)?M=qt(p.range):M=Ft(Ot(await k(),p.range,It),p);try{let b=await o(rt.ociDigest(v,M),`the manifest of ${C(v)}:${M}`,S=>S.ociDigest(m,p.chart,M),!0);return{type:"helm",key:p.key,version:It(M),digest:b}}catch(b){throw b instanceof $&&b.kind==="not-found"&&Ft(Ot((await k()).filter(S=>S!==M),p.range,It),p),b}}let d=rt.helmIndex(m.url),u=e.cache.read(d),h=u?.data[p.chart]?.find(v=>v.version===p.range)?u.data:await o(d,`the index of ${C(m.url)}`,v=>v.helmIndex(m)),g=h[p.chart];if(!g){let v=me(p.chart,Object.keys(h));throw new se("chart-not-found",`${te(p)}: the repository has no chart "${p.chart}"`,v?`did you mean "${v}"?`:`charts there: ${Object.keys(h).sort().slice(0,20).join(", ")||"none"}`)}let y=Ft(Gr(g,p.range),p),P={type:"helm",key:p.key,version:y.version};return y.digest&&(P.digest=y.digest.startsWith("sha256:")?y.digest:`sha256:${y.digest}`),P},a=async p=>{if(p.ref.commit)return{type:"git",key:p.key,commit:p.ref.commit};let m=await o(rt.gitRefs(p.url),`the refs of ${C(p.url)}`,h=>h.gitRefs(p.url,p.secretRef)),d=h=>m.find(g=>g.ref===h),u;if(p.ref.name)u=p.ref.name;else if(p.ref.semver!==void 0){let h=m.filter(g=>g.ref.startsWith("refs/tags/")).map(g=>g.ref.slice(10));u=`refs/tags/${Ft(Ot(h,p.ref.semver),p)}`}else p.ref.tag?u=`refs/tags/${p.ref.tag}`:u=`refs/heads/${p.ref.branch??"master"}`;let f=d(u);if(!f){let h=u.startsWith("refs/tags/")?"refs/tags/":"refs/heads/",g=m.filter(P=>P.ref.startsWith(h)).map(P=>P.ref.slice(h.length)),y=me(u.slice(h.length),g);throw new se("git-ref-not-found",`${te(p)}: the remote has no ${u}`,y?`did you mean "${y}"?`:`${h==="refs/tags/"?"tags":"branches"} there: ${g.sort().slice(0,10).join(", ")||"none"}`)}return{type:"git",key:p.key,commit:f.commit,resolvedRef:f.ref}},l=p=>p.type==="helm"?s(p):a(p),c=await Yr(t,e.concurrency,async p=>{try{return{r:p,res:await l(p)}}catch(m){return{r:p,err:jp(m,p)}}});for(let{r:p,res:m,err:d}of c){if(e.locked){let u=e.locked[p.key];if(!u){i.push(j("source-not-locked",`${te(p)} (${Ut(p)}) is not in the lock file`,p.at,"render without --locked to resolve it and record it in the lock"));continue}let f=Pp(p,u);r.set(p.key,f),d?i.push(Y("lock-unchecked",`${te(p)}: could not check the lock against the source: ${d.message}`,p.at)):m&&zt(m)!==zt(f)&&i.push(O("lock-drift",`${te(p)} (${Ut(p)}) is locked to ${zt(f)} but would now resolve to ${zt(m)}`,p.at,"render without --locked to take the new version"));continue}m?r.set(p.key,m):d&&i.push(j(d.code,d.message,p.at,d.hint))}return{resolutions:r,diagnostics:i}}function Ut(t){if(t.type==="helm")return`version "${t.range}"`;let[e,n]=Object.entries(t.ref)[0]??["branch","master"];return`${e} "${n}"`}function zt(t){return t.type==="helm"?t.version:t.commit}function Pp(t,e){if(t.type==="helm"){let n={type:"helm",key:t.key,version:String(e.version)};return e.digest&&(n.digest=e.digest),n}return{type:"git",key:t.key,commit:String(e.commit)}}function Ft(t,e){if(t.ok)return t.pick;throw t.reason==="invalid-range"?new se("invalid-version-range",`${te(e)}: ${Ut(e)} is not a valid version range: ${t.message}`,'write a version like 6.5.4 or a range like ">=6.5 <7" (Masterminds/semver, as Flux reads it)'):new se("no-matching-version",`${te(e)}: no version matches ${Ut(e)}`,Wr(t))}function jp(t,e){let n=te(e);if(t instanceof se)return t.message.startsWith(n)?t:new se(t.code,`${n}: ${t.message}`,t.hint);if(t instanceof $){let i=e.type==="helm"?e.repository.secretRef:e.secretRef,r={unreachable:"check the URL and the network; render with --offline to use the source cache",timeout:"the source did not answer in time; retry, raise sources.timeoutSeconds in hubcast.yaml, or render with --offline",auth:io(i),"not-found":e.type==="helm"?"check the Repository url and the chart name and version":"check the url and the ref",protocol:"the server did not answer like a Helm repository, OCI registry or git remote: check the url"},o=t.kind==="auth"?"source-auth":`source-${t.kind}`;return new se(o,`${te(e)}: ${t.message}`,r[t.kind])}throw t}function Ht(t){let e=t.extra.flux??{},n=e.spoke??{},i=t.extra.sizeLimit??{},r=o=>typeof o=="string"?o:void 0;return{mode:t.extra.delivery==="flux-pull"?"flux-pull":"manifestwork",flux:{url:r(e.url),branch:r(e.branch)??t.generatedBranch,tag:r(e.tag)??"latest",insecure:e.insecure===!0,secretRef:r(e.secretRef),namespace:r(e.namespace)??"flux-system",interval:r(e.interval)??"10m",sourceInterval:r(e.sourceInterval)??"1m",timeout:r(e.timeout)??"5m",spoke:{url:r(n.url)??r(e.url),secretRef:r(n.secretRef),namespace:r(n.namespace)??"flux-system",interval:r(n.interval)??"10m",decryptionSecret:r(n.decryptionSecret)}},requireReady:t.extra.requireReady===!0,sizeLimit:{bytes:typeof i.bytes=="number"?i.bytes:zi,onExceed:i.onExceed==="fail"?"fail":"split"}}}function oo(t,e){if(t.mode!=="flux-pull")return[];let n={file:"hubcast.yaml",line:1,column:1},i=[];return e!=="per-cluster"&&i.push(j("config","delivery: flux-pull needs the per-cluster layout (each spoke pulls its own folder)",n,"add an inventory with ManagedClusters, or remove delivery: flux-pull")),t.flux.url||i.push(j("config","delivery: flux-pull needs flux.url, the repository the spokes pull from",n,"set flux.url (and flux.spoke.secretRef when it is private) in hubcast.yaml")),i}var Sp=/^((100|[0-9]{1,2})%|[0-9]+)$/,xp=/^(([0-9])+[hms])$|^None$/;function kp(t,e,n){let i=n;return typeof t=="number"?i=t:typeof t=="string"&&t.endsWith("%")?i=Math.ceil(Number.parseFloat(t.slice(0,-1))/100*e):typeof t=="string"&&/^[0-9]+$/.test(t)&&(i=Number(t)),i<=0||i>e?n:i}function wp(t,e){let n=[];for(let i=0;i<t.length;i+=Math.max(e,1))n.push(t.slice(i,i+Math.max(e,1)));return n}function so(t,e,n,i){let r=[],o=xt(t),s=o.type??"All",a=[...new Set(e.flatMap(b=>b.clusters))].sort(),l=b=>a.length?[{index:1,clusters:a,why:b}]:[];if(s!=="All"&&s!=="Progressive"&&s!=="ProgressivePerGroup")return r.push(j("rollout-invalid",`${i}: rolloutStrategy.type must be All, Progressive or ProgressivePerGroup, not ${JSON.stringify(s)}`,n(["type"]))),{plan:{type:"All",waves:l("all clusters"),unsupported:[]},diagnostics:r};let c=s==="All"?"all":s==="Progressive"?"progressive":"progressivePerGroup",p=xt(o[c]),m=(...b)=>n([c,...b]),d=[],u=p.progressDeadline,f;u!==void 0&&(typeof u!="string"||!xp.test(u)?r.push(j("rollout-invalid",`${i}: progressDeadline must be None or a number with h, m or s (90m, 2h), not ${JSON.stringify(u)}`,m("progressDeadline"))):u!=="None"&&(f=u));for(let b of["maxFailures","maxConcurrency"]){let S=p[b];S!==void 0&&!(typeof S=="number"?Number.isInteger(S)&&S>=0:Sp.test(String(S)))&&r.push(j("rollout-invalid",`${i}: ${b} must be a number or a percentage (0%..100%), not ${JSON.stringify(S)}`,m(b)))}if(s!=="All"){let b=p.minSuccessTime;b!==void 0&&b!=="0"&&b!==0&&!/^0+[hms]?$/.test(String(b))&&(d.push(`minSuccessTime ${String(b)}: each wave starts as soon as the previous one is healthy (no soak time)`),r.push(O("rollout-unsupported",`${i}: minSuccessTime ${String(b)} cannot be expressed with Flux waves; a wave starts as soon as the previous one is healthy`,m("minSuccessTime"),"wait by hand (flux suspend) or drop minSuccessTime; see docs/per-cluster.md")));let S=p.maxFailures;S!==void 0&&S!==0&&S!=="0"&&S!=="0%"&&(d.push(`maxFailures ${String(S)}: no failure is tolerated, a wave with an unhealthy cluster holds the next one`),r.push(O("rollout-unsupported",`${i}: maxFailures ${String(S)} cannot be expressed with Flux waves; one unhealthy cluster holds the next wave`,m("maxFailures"),"set maxFailures: 0 or drop it; see docs/per-cluster.md")))}if(s==="All")return{plan:{type:s,waves:l("all clusters"),timeout:f,unsupported:d},diagnostics:r};let h=new Set,g=Array.isArray(p.mandatoryDecisionGroups)?p.mandatoryDecisionGroups:[];for(let b of g){let S=xt(b);if(typeof S.groupName=="string"&&S.groupName!=="")for(let w of e)w.name===S.groupName&&h.add(w.index);else{let w=typeof S.groupIndex=="number"?S.groupIndex:0;e.some(x=>x.index===w)&&h.add(w)}}let y=[],P=(b,S)=>{b.length&&y.push({index:y.length+1,clusters:[...b].sort(),why:S})},v=[...e].sort((b,S)=>b.index-S.index),k=b=>`decision group ${b.index}${b.name?` (${b.name})`:""}`;for(let b of v)h.has(b.index)&&P(b.clusters,`mandatory ${k(b)}`);let M=v.filter(b=>!h.has(b.index));if(s==="ProgressivePerGroup")for(let b of M)P(b.clusters,k(b));else{let b=[...new Set(M.flatMap(x=>x.clusters))].sort(),S=kp(p.maxConcurrency,b.length,b.length),w=p.maxConcurrency===void 0?"the other clusters":`maxConcurrency ${String(p.maxConcurrency)} (${S} of ${b.length})`;for(let x of wp(b,S))P(x,w)}return{plan:{type:s,waves:y,timeout:f,unsupported:d},diagnostics:r}}function ao(t){let e=new Set,n=[],i=Math.max(0,...t.map(r=>r.waves.length));for(let r=0;r<i;r++){let o=[],s=[];for(let a of t){let l=a.waves[r];if(l){s.push(l.why);for(let c of l.clusters)e.has(c)||(e.add(c),o.push(c))}}o.length&&n.push({index:n.length+1,clusters:o.sort(),why:[...new Set(s)].join("; ")})}return n}function co(t,e,n,i,r=!1){let o=[],s=[],a=new Map;for(let l of t){let c=i?.key(l),p=c===void 0?po(l,e,n,a,r):i.cached(c,()=>po(l,e,n,a,r));o.push(...p.diagnostics),s.push(p.placement)}return{placements:s,diagnostics:o}}function po(t,e,n,i,r){let o=[],s=t.resolved.environment.revision.object,a=[],l=[],c=t.topology,p=`deployment ${t.identity.deployment.namespace}/${t.identity.deployment.name}`;if(c.type==="topology-ocm"){let g=["spec","topology","properties","placement"];a.push(yn({namespace:c.hubNamespace,name:t.name,spec:c.placement??{},pos:y=>s.pos([...g,...y])},e,n))}else c.placementRefs.forEach((g,y)=>{let P=`${c.hubNamespace}/${String(g.name)}`,v=e.placements.get(P);if(!v){l.push(P);let M=`Environment ${s.id.namespace}/${s.id.name} is NotReady: Placement ${P} (topology-ocm-byop) is not in the inventory, so hubcast cannot tell which clusters it selects; ${p} is withheld (no ManifestWork is written for it, so Flux removes any it had)`,b=s.pos(["spec","topology","properties","placementRefs",y,"name"]),S="add it to the inventory (kubectl get placements -A -o yaml), fix the name, or render with --layout replicaset";o.push(r?j("placement-not-found",`${M} (--require-ready)`,b,S):O("placement-not-found",M,b,S));return}let k=i.get(P)??yn({namespace:v.id.namespace,name:v.id.name,spec:v.body.spec??{},pos:M=>v.pos(["spec",...M])},e,n);i.set(P,k),a.push(k)});for(let g of a)o.push(...g.diagnostics);let m=a.find(g=>g.needsHub)?.needsHub,d=new Set(m||l.length?[]:a.flatMap(g=>g.selected)),u=e.clusters.filter(g=>d.has(g.name)).sort((g,y)=>_(g.name,y.name));m&&o.push(Y("placement-needs-hub",`deployment ${t.identity.deployment.namespace}/${t.identity.deployment.name}: ${m}; it is rendered as Placement + ManifestWorkReplicaSet and the hub schedules it`,t.resolved.deployment.pos(["metadata","name"])));let f=a.some(g=>g.diagnostics.some(y=>y.code==="placement-misconfigured"));if(!m&&!f&&!l.length&&a.length&&u.length===0){let g=a.map(y=>`${y.placement.namespace}/${y.placement.name}: ${y.satisfied.reason}`).join("; ");o.push(O("no-clusters",`${p} selects no cluster (${g}); no ManifestWork is written for it, so Flux removes any it had`,t.resolved.deployment.pos(["metadata","name"]),"run hubcast plan to see why each cluster was not selected"))}let h={rendered:t,evaluations:a,clusters:u,needsHub:m};return l.length&&(h.notFound=l),!m&&!l.length&&a.length&&(h.rollout=Rp(t,a,p,o)),{placement:h,diagnostics:o}}function Rp(t,e,n,i){let r=t.resolved.environment.revision.object,o=t.topology,s=[];e.forEach(c=>{let p=o.type==="topology-ocm"?o.placementRefs[0]:o.placementRefs.find(f=>String(f.name)===c.placement.name),m=o.type==="topology-ocm"?-1:o.placementRefs.indexOf(p),d=m<0?["spec","topology","properties","manifestWorkReplicaSet","rolloutStrategy"]:["spec","topology","properties","placementRefs",m,"rolloutStrategy"],u=so(p?.rolloutStrategy,c.groups,f=>r.pos([...d,...f]),`${n} (Placement ${c.placement.namespace}/${c.placement.name})`);i.push(...u.diagnostics),s.push(u.plan)});let a=ao(s),l=s.map(c=>c.timeout).filter(c=>!!c).sort(_)[0];return{plans:s,waves:a,timeout:l}}var lo=class{values=new qi;counts=new Map;objectText=new WeakMap;renderKeys=new WeakMap;placementKeys=new WeakMap;startRun(){this.values.advance(),this.counts.clear()}cached(e){let n=Vi(this.values,e);return(i,r)=>{let o=this.counts.get(e)??{reused:0,computed:0};this.counts.set(e,o);let s=!1,a=n(i,()=>(s=!0,r()));return s?o.computed++:o.reused++,a}}stats(){let e={reused:0,computed:0};return{load:this.counts.get("load")??e,definitions:this.counts.get("definitions")??e,render:this.counts.get("render")??e,place:this.counts.get("place")??e,works:this.counts.get("works")??e}}};function mo(t,e){return Zi(JSON.stringify(t.map(n=>[n.file,e.get(n.file)??"",n.docIndex,n.id,n.body])))}function fo(t,e,n,i,r){let{inventory:o,diagnostics:s}=Yi(e);o.clusters.length===0&&s.push(j("no-inventory","the per-cluster layout needs an inventory with ManagedClusters",void 0,"add the hub export (kubectl get managedclusters,managedclustersets,managedclustersetbindings,placements -o yaml) to the repo or pass --inventory DIR, or use --layout replicaset"));let a,l;if(r){let{memo:u}=r,f=`${mo(e,r.files)}\0${i}\0${n.requireReady}`,h=JSON.stringify(n);a={cached:u.cached("place"),key:g=>uo(u.renderKeys.get(g),y=>`${y}\0${f}`)},l={cached:u.cached("works"),key:g=>uo(u.placementKeys.get(g),y=>`${y}\0${h}`)}}let c=co(t,o,i,a,n.requireReady);if(r&&a)for(let u of c.placements){let f=a.key(u.rendered);f!==void 0&&r.memo.placementKeys.set(u,f)}s.push(...c.diagnostics);let p=c.placements.filter(u=>u.needsHub).map(u=>u.rendered);for(let u of p)Ji(u.resolved.deployment,u.topology.hubNamespace,u.name,s);let{works:m,diagnostics:d}=er(c.placements,n,l);return s.push(...d),{inventory:o,placements:c.placements,works:m,hubScheduled:p,diagnostics:s}}function uo(t,e){return t===void 0?void 0:e(t)}function Mp(t,e,n){return n||(t.layout!=="auto"?t.layout:e?.inventory.some(i=>i.id.kind==="ManagedCluster")?"per-cluster":"replicaset")}function ho(t){let e=[];t.onStage?.("load"),t.memo?.startRun();let{repo:n,diagnostics:i}=Ki(t.files,t.config,t.memo?.cached("load"));e.push(...i);let r=Lr(n.definitionSources,t.config.systemNamespace,t.memo?.cached("definitions"));e.push(...r.diagnostics);for(let p of r.invalid)n.invalid.add(p);let o=Mp(t.config,n,t.layout);t.onStage?.("resolve");let s=t.revisions??(t.history?Cr(n,r.definitions,t.history):void 0),a=Tr(n,{stockDefinitions:t.stockDefinitions,repoDefinitions:r.definitions,revisions:s,locked:t.lockedReferences});e.push(...a.diagnostics);let l=Ir(n.specs.Repository,a.deployments,t.config.systemNamespace);e.push(...l.diagnostics);let c=t.memo?hn(t.files):void 0;return{input:t,diagnostics:e,repo:n,layout:o,resolved:a.deployments,revisions:a.revisions,references:a.references,sources:l,files:c}}function yo(t,e,n=[]){let{input:i,repo:r,layout:o}=t,s=[...t.diagnostics,...n],a=P=>{let v=new Set,k=Qe(s).filter(M=>{let b=JSON.stringify(M);return v.has(b)?!1:(v.add(b),!0)});return{...P,diagnostics:k,ok:!K(k)}};if(!K(n))for(let P of t.sources.requests)e.has(P.key)||s.push(j("source-unresolved",`${te(P)} was not resolved before rendering`,P.at));let l=Jr(t.resolved,t.sources,e);i.onStage?.("render");let c=i.memo,{rendered:p,diagnostics:m}=Qi(l,{hubNamespace:i.config.hubNamespace,layout:o,sizeLimit:Ht(i.config).sizeLimit},c&&t.files?{cached:c.cached("render"),files:t.files,keys:c.renderKeys}:void 0);s.push(...m);let d=Ht(i.config);i.requireReady&&(d.requireReady=!0),s.push(...oo(d,o));let u={layout:o,repo:r,resolved:l,revisions:t.revisions,rendered:p},f=()=>{let P=Di(l,i.sourceCommit);P.references=t.references;let v=Zr(t.sources,e);return Object.keys(v).length&&(P.sources=v),P};if(o==="replicaset"){if(K(s)||i.emit===!1)return a(u);let P=f();return i.onStage?.("emit"),i.into?(Ei(i.into,p,P,d.flux,c?.objectText),a({...u,lock:P,emitted:i.into})):a({...u,lock:P,tree:ln(p,P,d.flux,c?.objectText)})}i.onStage?.("schedule");let h=fo(p,r.inventory,d,i.now??Date.now(),c&&t.files?{memo:c,files:t.files}:void 0);s.push(...h.diagnostics);let g={...u,inventory:h.inventory,placements:h.placements,works:h.works,hubScheduled:h.hubScheduled};if(K(s)||i.emit===!1)return a(g);let y=f();return i.onStage?.("emit"),i.into?(tr(i.into,h.works,h.hubScheduled,y,d.flux,c?.objectText),a({...g,lock:y,emitted:i.into})):a({...g,lock:y,tree:gn(h.works,h.hubScheduled,y,d.flux,c?.objectText)})}function Af(t,e,n){let i=t.repo?Ht(t.repo.config).flux:void 0;return t.layout==="replicaset"?ln((t.rendered??[]).filter(e),n,i):gn((t.works??[]).filter(r=>(r.sharedBy??[r.deployment]).some(e)),(t.hubScheduled??[]).filter(e),n,i)}import{resolve as Zs}from"node:path";import{readFileSync as Dp,renameSync as Tp,writeFileSync as Ep}from"node:fs";import{mkdirSync as go,statSync as vo}from"node:fs";import{dirname as Np}from"node:path";function An(t){try{go(t);return}catch(e){let n=e.code;if(n==="EEXIST"){if(vo(t).isDirectory())return;throw Object.assign(new Error(`ENOTDIR: a file is where a folder must be, mkdir '${t}'`),{code:"ENOTDIR",path:t})}let i=Np(t);if(n!=="ENOENT"||i===t)throw e;An(i)}try{go(t)}catch(e){if(e.code!=="EEXIST"||!vo(t).isDirectory())throw e}}import{dirname as _p,join as $p}from"node:path";var bo=1;function Po(t){let e=n=>$p(t,`${n}.json`);return{location:t,read(n){try{let i=JSON.parse(Dp(e(n),"utf8"));return i.cacheVersion!==bo||typeof i.fetchedAt!="string"||i.data===void 0?void 0:{fetchedAt:i.fetchedAt,data:i.data}}catch{return}},write(n,i,r){let o=e(n);An(_p(o));let s=`${o}.${process.pid}.tmp`;Ep(s,`${JSON.stringify({cacheVersion:bo,fetchedAt:r,data:i},null,1)}
`),Tp(s,o)}}}import{execFile as Vp}from"node:child_process";var U=class extends Error{constructor(n,i,r){super(r);this.kind=n;this.host=i;this.name="NetworkError"}kind;host},Ap=new Set(["ENOTFOUND","EAI_AGAIN","EAI_NONAME","EAI_FAIL","EAI_NODATA"]),Cp=new Set(["ETIMEDOUT","UND_ERR_CONNECT_TIMEOUT","UND_ERR_HEADERS_TIMEOUT","UND_ERR_BODY_TIMEOUT"]),Lp=new Set(["ECONNRESET","EPIPE","UND_ERR_SOCKET","UND_ERR_CLOSED"]),Ip=new Set(["EHOSTUNREACH","ENETUNREACH","EADDRNOTAVAIL","ENETDOWN","EHOSTDOWN"]),qp=new Set(["DEPTH_ZERO_SELF_SIGNED_CERT","SELF_SIGNED_CERT_IN_CHAIN","UNABLE_TO_VERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","CERT_HAS_EXPIRED","EPROTO"]),Op=t=>qp.has(t)||/^(ERR_TLS_|ERR_SSL_|CERT_)/.test(t);function jo(t){try{return new URL(t).host}catch{return t}}function So(t,e,n){let i=jo(e);for(let r=t,o=0;r&&o<5;r=r.cause,o++){if(r instanceof U)return r;let{code:s,name:a,message:l}=r,c=typeof l=="string"?l:"";if(a==="TimeoutError"||a==="AbortError"||typeof s=="string"&&Cp.has(s))return new U("timeout",i,`${i} did not answer${n?` within ${n/1e3} s`:""} (timeout)`);if(typeof s=="string"){if(Ap.has(s))return new U("dns",i,`cannot resolve host ${i.replace(/:\d+$/,"")} (DNS: ${s})`);if(s==="ECONNREFUSED")return new U("refused",i,`${i} refused the connection (ECONNREFUSED: nothing listens there)`);if(Op(s))return new U("tls",i,`TLS with ${i} failed: ${c||s} (${s})`);if(Lp.has(s))return new U("reset",i,`${i} closed the connection (${s})`);if(Ip.has(s))return new U("unreachable",i,`${i} is unreachable (${s})`)}}}function xo(t,e,n=!1,i){let r=jo(e);if(n||/Connection timed out|Operation timed out|timed out after/i.test(t))return new U("timeout",r,`${r} did not answer${i?` within ${i/1e3} s`:""} (timeout)`);let o=/Could not resolve host:? '?([^\s']+)|Could not resolve hostname ([^\s:]+)/i.exec(t);if(o)return new U("dns",r,`cannot resolve host ${o[1]??o[2]} (DNS)`);if(/Connection refused|Couldn't connect to server/i.test(t))return new U("refused",r,`${r} refused the connection (nothing listens there)`);let s=/(SSL certificate problem[^\n]*|server certificate verification failed[^\n]*|SSL_ERROR[^\n]*|gnutls_handshake\(\) failed[^\n]*|TLS connect error[^\n]*)/i.exec(t);if(s)return new U("tls",r,`TLS with ${r} failed: ${s[1].trim()}`);if(/Network is unreachable|No route to host/i.test(t))return new U("unreachable",r,`${r} is unreachable`);if(/Connection reset|Empty reply from server|the remote end hung up unexpectedly/i.test(t))return new U("reset",r,`${r} closed the connection`)}function Me(t){return t?t.token?{authorization:`Bearer ${t.token}`}:{authorization:`Basic ${Buffer.from(`${t.username??""}:${t.password??""}`).toString("base64")}`}:{}}async function Cn(t,e){try{return await fetch(t,{method:e.method??"GET",headers:e.headers,body:e.body,signal:AbortSignal.timeout(e.timeoutMs),redirect:"follow"})}catch(n){let i=n,r=So(n,t,e.timeoutMs);if(r?.kind==="timeout")throw new $("timeout",`${C(t)} did not answer within ${e.timeoutMs/1e3}s`);let o=r?.message??i.cause?.code??i.cause?.message??i.message;throw new $("unreachable",`cannot reach ${C(t)}: ${o}`)}}function ze(t,e){if(t.ok)return;let n=`${C(e)} answered HTTP ${t.status}`;throw t.status===401||t.status===403?new $("auth",`authentication failed: ${n}`):t.status===404?new $("not-found",`not found: ${n}`):new $("protocol",n)}async function ko(t,e){let n=await Cn(t,e);ze(n,t);try{return await n.text()}catch(i){throw new $("timeout",`reading ${C(t)} failed: ${i.message}`)}}function zp(t){let e=new Map,n=new Map;for(let i of t.split(`
`)){let r=/^([0-9a-f]{40,64})\t(\S+)$/.exec(i.trim());r&&(r[2].endsWith("^{}")?n.set(r[2].slice(0,-3),r[1]):e.set(r[2],r[1]))}return[...e.entries()].map(([i,r])=>({ref:i,commit:n.get(i)??r})).sort((i,r)=>i.ref<r.ref?-1:i.ref>r.ref?1:0)}function Fp(t,e,n,i){if(n)return new $("timeout",`git ls-remote ${C(e)} did not finish within ${i/1e3}s`);let r=t.replace(/([a-z+]+:\/\/)[^@\s/]*@/gi,"$1***@").split(`
`).join(" ").trim(),o=r.slice(0,300);if(/Authentication failed|could not read Username|could not read Password|terminal prompts disabled|HTTP (401|403)|Permission denied \(publickey/i.test(r))return new $("auth",`authentication failed for ${C(e)}`);let s=xo(r,C(e));return s?new $("unreachable",`cannot reach ${C(e)}: ${s.message}`):/Failed to connect/i.test(r)?new $("unreachable",`cannot reach ${C(e)}: ${o}`):/not found|does not appear to be a git repository|does not exist|HTTP 404/i.test(r)?new $("not-found",`no git repository at ${C(e)}`):new $("protocol",`git ls-remote ${C(e)} failed: ${o}`)}function wo(t,e,n){let i={...process.env,GIT_TERMINAL_PROMPT:"0",GIT_ASKPASS:"",SSH_ASKPASS:"",GCM_INTERACTIVE:"never"},r=Me(e).authorization;return r&&/^https?:/.test(t)&&(i.GIT_CONFIG_COUNT="1",i.GIT_CONFIG_KEY_0="http.extraHeader",i.GIT_CONFIG_VALUE_0=`Authorization: ${r}`),new Promise((o,s)=>{Vp("git",["ls-remote","--",t],{env:i,timeout:n,maxBuffer:64*1024*1024,encoding:"utf8"},(a,l,c)=>{if(!a)return o(zp(l));let p=a;if(p.code==="ENOENT")return s(new $("protocol","git is not installed: hubcast needs git on the PATH to resolve git sources"));s(Fp(c,t,!!p.killed,n))})})}var Ro=Ce(Ai(),1);function Up(t){return`${t.replace(/\/+$/,"")}/index.yaml`}function Hp(t,e){let n;try{n=(0,Ro.parse)(t,{schema:"failsafe",maxAliasCount:-1,uniqueKeys:!1})}catch(o){throw new $("protocol",`${C(e)} is not a Helm repository index: ${o.message.split(`
`)[0]}`)}let i=n?.entries;if(!i||typeof i!="object"||Array.isArray(i))throw new $("protocol",`${C(e)} is not a Helm repository index (no entries)`);let r={};for(let[o,s]of Object.entries(i))Array.isArray(s)&&(r[o]=s.flatMap(a=>{let l=a;if(!l||typeof l.version!="string")return[];let c={version:l.version};return typeof l.created=="string"&&(c.created=l.created),typeof l.digest=="string"&&(c.digest=l.digest),[c]}));return r}async function Mo(t,e,n){let i=Up(t.url),r=await ko(i,{timeoutMs:n,headers:{accept:"application/x-yaml, text/yaml, */*",...Me(e)}});return Hp(r,i)}import{createHash as bi}from"node:crypto";import{createHash as Rm}from"node:crypto";import{createRequire as Kp}from"module";var Gp=Kp("/"),Fe,Bp,Wp;try{Fe=Gp("worker_threads"),Bp=Fe.Worker,Wp=Fe.isMarkedAsUntransferable}catch{}var ne=Uint8Array,W=Uint16Array,zn=Int32Array,Fn=new ne([0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,0,0,0,0]),Un=new ne([0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13,0,0]),No=new ne([16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15]),_o=function(t,e){for(var n=new W(31),i=0;i<31;++i)n[i]=e+=1<<t[i-1];for(var r=new zn(n[30]),i=1;i<30;++i)for(var o=n[i];o<n[i+1];++o)r[o]=o-n[i]<<5|i;return{b:n,r}},Fe=_o(Fn,2),Jp=Fe.b,In=Fe.r;Jp[28]=258,In[258]=28;var $o=_o(Un,0),oh=$o.b,Do=$o.r,qn=new W(32768);for(T=0;T<32768;++T)de=(T&43690)>>1|(T&21845)<<1,de=(de&52428)>>2|(de&13107)<<2,de=(de&61680)>>4|(de&3855)<<4,qn[T]=((de&65280)>>8|(de&255)<<8)>>1;var de,T,at=(function(t,e,n){for(var i=t.length,r=0,o=new W(e);r<i;++r)t[r]&&++o[t[r]-1];var s=new W(e);for(r=1;r<e;++r)s[r]=s[r-1]+o[r-1]<<1;var a;if(n){a=new W(1<<e);var l=15-e;for(r=0;r<i;++r)if(t[r])for(var c=r<<4|t[r],p=e-t[r],m=s[t[r]-1]++<<p,d=m|(1<<p)-1;m<=d;++m)a[qn[m]>>l]=c}else for(a=new W(i),r=0;r<i;++r)t[r]&&(a[r]=qn[s[t[r]-1]++]>>15-t[r]);return a}),Ne=new ne(288);for(T=0;T<144;++T)Ne[T]=8;var T;for(T=144;T<256;++T)Ne[T]=9;var T;for(T=256;T<280;++T)Ne[T]=7;var T;for(T=280;T<288;++T)Ne[T]=8;var T,Kt=new ne(32);for(T=0;T<32;++T)Kt[T]=5;var T,Zp=at(Ne,9,0);var Yp=at(Kt,5,0);var Ao=function(t){return(t+7)/8|0},Xp=function(t,e,n){return(e==null||e<0)&&(e=0),(n==null||n>t.length)&&(n=t.length),new ne(t.subarray(e,n))};var fe=function(t,e,n){n<<=e&7;var i=e/8|0;t[i]|=n,t[i+1]|=n>>8},ot=function(t,e,n){n<<=e&7;var i=e/8|0;t[i]|=n,t[i+1]|=n>>8,t[i+2]|=n>>16},Ln=function(t,e){for(var n=[],i=0;i<t.length;++i)t[i]&&n.push({s:i,f:t[i]});var r=n.length,o=n.slice();if(!r)return{t:Lo,l:0};if(r==1){var s=new ne(n[0].s+1);return s[n[0].s]=1,{t:s,l:1}}n.sort(function(M,b){return M.f-b.f}),n.push({s:-1,f:25001});var a=n[0],l=n[1],c=0,p=1,m=2;for(n[0]={s:-1,f:a.f+l.f,l:a,r:l};p!=r-1;)a=n[n[c].f<n[m].f?c++:m++],l=n[c!=p&&n[c].f<n[m].f?c++:m++],n[p++]={s:-1,f:a.f+l.f,l:a,r:l};for(var d=o[0].s,i=1;i<r;++i)o[i].s>d&&(d=o[i].s);var u=new W(d+1),f=On(n[p-1],u,0);if(f>e){var i=0,h=0,g=f-e,y=1<<g;for(o.sort(function(b,S){return u[S.s]-u[b.s]||b.f-S.f});i<r;++i){var P=o[i].s;if(u[P]>e)h+=y-(1<<f-u[P]),u[P]=e;else break}for(h>>=g;h>0;){var v=o[i].s;u[v]<e?h-=1<<e-u[v]++-1:++i}for(;i>=0&&h;--i){var k=o[i].s;u[k]==e&&(--u[k],++h)}f=e}return{t:new ne(u),l:f}},On=function(t,e,n){return t.s==-1?Math.max(On(t.l,e,n+1),On(t.r,e,n+1)):e[t.s]=n},To=function(t){for(var e=t.length;e&&!t[--e];);for(var n=new W(++e),i=0,r=t[0],o=1,s=function(l){n[i++]=l},a=1;a<=e;++a)if(t[a]==r&&a!=e)++o;else{if(!r&&o>2){for(;o>138;o-=138)s(32754);o>2&&(s(o>10?o-11<<5|28690:o-3<<5|12305),o=0)}else if(o>3){for(s(r),--o;o>6;o-=6)s(8304);o>2&&(s(o-3<<5|8208),o=0)}for(;o--;)s(r);o=1,r=t[a]}return{c:n.subarray(0,i),n:e}},st=function(t,e){for(var n=0,i=0;i<e.length;++i)n+=t[i]*e[i];return n},Co=function(t,e,n){var i=n.length,r=Ao(e+2);t[r]=i&255,t[r+1]=i>>8,t[r+2]=t[r]^255,t[r+3]=t[r+1]^255;for(var o=0;o<i;++o)t[r+o+4]=n[o];return(r+4+i)*8},Eo=function(t,e,n,i,r,o,s,a,l,c,p){fe(e,p++,n),++r[256];for(var m=Ln(r,15),d=m.t,u=m.l,f=Ln(o,15),h=f.t,g=f.l,y=To(d),P=y.c,v=y.n,k=To(h),M=k.c,b=k.n,S=new W(19),w=0;w<P.length;++w)++S[P[w]&31];for(var w=0;w<M.length;++w)++S[M[w]&31];for(var x=Ln(S,7),V=x.t,re=x.l,q=19;q>4&&!V[No[q-1]];--q);var le=c+5<<3,Z=st(r,Ne)+st(o,Kt)+s,G=st(r,d)+st(o,h)+s+14+3*q+st(S,V)+2*S[16]+3*S[17]+7*S[18];if(l>=0&&le<=Z&&le<=G)return Co(e,p,t.subarray(l,l+c));var R,A,I,D;if(fe(e,p,1+(G<Z)),p+=2,G<Z){R=at(d,u,0),A=d,I=at(h,g,0),D=h;var ee=at(V,re,0);fe(e,p,v-257),fe(e,p+5,b-1),fe(e,p+10,q-4),p+=14;for(var w=0;w<q;++w)fe(e,p+3*w,V[No[w]]);p+=3*q;for(var z=[P,M],Xe=0;Xe<2;++Xe)for(var $e=z[Xe],w=0;w<$e.length;++w){var oe=$e[w]&31;fe(e,p,ee[oe]),p+=V[oe],oe>15&&(fe(e,p,$e[w]>>5&127),p+=$e[w]>>12)}}else R=Zp,A=Ne,I=Yp,D=Kt;for(var w=0;w<a;++w){var F=i[w];if(F>255){var oe=F>>18&31;ot(e,p,R[oe+257]),p+=A[oe+257],oe>7&&(fe(e,p,F>>23&31),p+=Fn[oe]);var Ae=F&31;ot(e,p,I[Ae]),p+=D[Ae],Ae>3&&(ot(e,p,F>>5&8191),p+=Un[Ae])}else ot(e,p,R[F]),p+=A[F]}return ot(e,p,R[256]),p+A[256]},Qp=new zn([65540,131080,131088,131104,262176,1048704,1048832,2114560,2117632]),Lo=new ne(0),ec=function(t,e,n,i,r,o){var s=o.z||t.length,a=new ne(i+s+5*(1+Math.ceil(s/7e3))+r),l=a.subarray(i,a.length-r),c=o.l,p=(o.r||0)&7;if(e){p&&(l[0]=o.r>>3);for(var m=Qp[e-1],d=m>>13,u=m&8191,f=(1<<n)-1,h=o.p||new W(32768),g=o.h||new W(f+1),y=Math.ceil(n/3),P=2*y,v=function(cn){return(t[cn]^t[cn+1]<<y^t[cn+2]<<P)&f},k=new zn(25e3),M=new W(288),b=new W(32),S=0,w=0,x=o.i||0,V=0,re=o.w||0,q=0;x+2<s;++x){var le=v(x),Z=x&32767,G=g[le];if(h[Z]=G,g[le]=Z,re<=x){var R=s-x;if((S>7e3||V>24576)&&(R>423||!c)){p=Eo(t,l,0,k,M,b,w,V,q,x-q,p),V=S=w=0,q=x;for(var A=0;A<286;++A)M[A]=0;for(var A=0;A<30;++A)b[A]=0}var I=2,D=0,ee=u,z=Z-G&32767;if(R>2&&le==v(x-z))for(var Xe=Math.min(d,R)-1,$e=Math.min(32767,x),oe=Math.min(258,R);z<=$e&&--ee&&Z!=G;){if(t[x+I]==t[x+I-z]){for(var F=0;F<oe&&t[x+F]==t[x+F-z];++F);if(F>I){if(I=F,D=z,F>Xe)break;for(var Ae=Math.min(z,F-2),xi=0,A=0;A<Ae;++A){var an=x-z+A&32767,aa=h[an],ki=an-aa&32767;ki>xi&&(xi=ki,G=an)}}}Z=G,G=h[Z],z+=Z-G&32767}if(D){k[V++]=268435456|In[I]<<18|Do[D];var wi=In[I]&31,Ri=Do[D]&31;w+=Fn[wi]+Un[Ri],++M[257+wi],++b[Ri],re=x+I,++S}else k[V++]=t[x],++M[t[x]]}}for(x=Math.max(x,re);x<s;++x)k[V++]=t[x],++M[t[x]];p=Eo(t,l,c,k,M,b,w,V,q,x-q,p),c||(o.r=p&7|l[p/8|0]<<3,p-=7,o.h=g,o.p=h,o.i=x,o.w=re)}else{for(var x=o.w||0;x<s+c;x+=65535){var pn=x+65535;pn>=s&&(l[p/8|0]=c,pn=s),p=Co(l,p+1,t.subarray(x,pn))}o.i=s}return Xp(a,0,i+Ao(p)+r)},tc=(function(){for(var t=new Int32Array(256),e=0;e<256;++e){for(var n=e,i=9;--i;)n=(n&1&&-306674912)^n>>>1;t[e]=n}return t})(),nc=function(){var t=-1;return{p:function(e){for(var n=t,i=0;i<e.length;++i)n=tc[n&255^e[i]]^n>>>8;t=n},d:function(){return~t}}};var ic=function(t,e,n,i,r){if(!r&&(r={l:1},e.dictionary)){var o=e.dictionary.subarray(-32768),s=new ne(o.length+t.length);s.set(o),s.set(t,o.length),t=s,r.w=o.length}return ec(t,e.level==null?6:e.level,e.mem==null?r.l?Math.ceil(Math.max(8,Math.min(13,Math.log(t.length)))*1.5):20:12+e.mem,n,i,r)};var Vn=function(t,e,n){for(;n;++e)t[e]=n,n>>>=8},rc=function(t,e){var n=e.filename;if(t[0]=31,t[1]=139,t[2]=8,t[8]=e.level<2?4:e.level==9?2:0,t[9]=3,e.mtime!=0&&Vn(t,4,Math.floor(new Date(e.mtime||Date.now())/1e3)),n){t[3]=8;for(var i=0;i<=n.length;++i)t[i+10]=n.charCodeAt(i)}};var oc=function(t){return 10+(t.filename?t.filename.length+1:0)};function Io(t,e){e||(e={});var n=nc(),i=t.length;n.p(t);var r=ic(t,e,oc(e),8),o=r.length;return rc(r,e),Vn(r,o-8,n.d()),Vn(r,o-4,i),r}var sc=typeof TextDecoder<"u"&&new TextDecoder,ac=0;try{sc.decode(Lo,{stream:!0}),ac=1}catch{}var zs=Ce(Is(),1);import{gunzipSync as Mm}from"node:zlib";var bt=t=>`sha256:${Rm("sha256").update(t).digest("hex")}`;function Fs(t){if(!t||t.startsWith("/")||t.includes("\\")||t.split("/").some(e=>e===""||e==="."||e===".."))throw new Error(`artifact path "${t}" is not a plain relative path`)}var vt=512;function _e(t,e,n,i){t.write(`${i.toString(8).padStart(n-1,"0")}\0`,e,n,"ascii")}function qs(t,e,n){let i=Buffer.alloc(vt),r="",o=t;if(Buffer.byteLength(t)>100){let a=t.lastIndexOf("/",t.length-1);r=t.slice(0,a),o=t.slice(a+1)}i.write(o,0,100,"utf8"),_e(i,100,8,420),_e(i,108,8,0),_e(i,116,8,0),_e(i,124,12,e),_e(i,136,12,0),i.write("        ",148,8,"ascii"),i.write(n,156,1,"ascii"),i.write("ustar\x0000",257,8,"ascii"),_e(i,329,8,0),_e(i,337,8,0),i.write(r,345,155,"utf8");let s=0;for(let a of i)s+=a;return i.write(`${s.toString(8).padStart(6,"0")}\0 `,148,8,"ascii"),i}function Os(t){let e=Buffer.byteLength(t);if(e!==t.length)return!1;if(e<=100)return!0;let n=t.lastIndexOf("/");return n>0&&n<=155&&e-n-1<=100}function Nm(t){let e=` path=${t}
`,n=Buffer.byteLength(e),i=n+1;for(;String(i).length+n!==i;)i=String(i).length+n;return Buffer.from(`${i}${e}`,"utf8")}var Vs=t=>Buffer.alloc((vt-t%vt)%vt);function Dm(t){let e=[...t].sort((i,r)=>_(i[0],r[0])),n=[];for(let[i,r]of e){Fs(i);let o=typeof r=="string"?Buffer.from(r,"utf8"):Buffer.from(r);if(!Os(i)){let s=Nm(i);n.push(qs("PaxHeader",s.length,"x"),s,Vs(s.length))}n.push(qs(Os(i)?i:i.slice(-100).replace(/^[^/]*\//,""),o.length,"0"),o,Vs(o.length))}return n.push(Buffer.alloc(2*vt)),Buffer.concat(n)}function Us(t){let e=Buffer.from(Io(t,{level:6,mtime:0}));return{blob:e,digest:bt(e),diffId:bt(t)}}var Tm=100<<20;async function Th(t,e=Tm){let n;try{n=Mm(t,{maxOutputLength:e})}catch(s){throw new Error(/RangeError|larger than|maxOutputLength|Cannot create a Buffer/i.test(String(s))?`the artifact unpacks to more than ${e} bytes`:`the artifact is not a gzip tarball: ${s.message}`)}let i=new Map,r=(0,zs.extract)(),o=(async()=>{for await(let s of r){let a=s.header,l=[];for await(let p of s)l.push(p);let c=a.name.replace(/^\.\//,"").replace(/\/$/,"");if(!(a.type==="directory"||c===""||c===".")){if(a.type!=="file"&&a.type!=="contiguous-file")throw new Error(`the artifact holds ${a.type} "${a.name}"; only files are read`);Fs(c),i.set(c,Buffer.concat(l))}}})();return r.end(n),await o,i}var rn="application/vnd.oci.image.manifest.v1+json",Em="application/vnd.cncf.flux.config.v1+json",Hs="application/vnd.cncf.flux.content.v1.tar+gzip",_m="org.opencontainers.image.created",$m="org.opencontainers.image.source",Am="org.opencontainers.image.revision";function $h(t,e){return e?`${e}@sha1:${t}`:`sha1:${t}`}function Ah(t){let e=new Date(t);if(Number.isNaN(e.getTime()))throw new Error(`"${t}" is not a date`);return e.toISOString().replace(/\.\d{3}Z$/,"Z")}var ge=t=>JSON.stringify(t).replace(/[<>&\u2028\u2029]/g,e=>`\\u${e.charCodeAt(0).toString(16).padStart(4,"0")}`);function Cm(t,e){return Buffer.from(`{"architecture":"","created":${ge(t)},"history":[{"created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"layers","diff_ids":[${ge(e)}]},"config":{}}`)}function Lm(t,e,n){let i={[_m]:n.created,[Am]:n.revision,[$m]:n.source},r=`{"schemaVersion":2,"mediaType":${ge(rn)},"config":{"mediaType":${ge(Em)},"size":${t.length},"digest":${ge(bt(t))}},"layers":[{"mediaType":${ge(Hs)},"size":${e.blob.length},"digest":${ge(e.digest)}}],"annotations":{${Object.entries(i).map(([o,s])=>`${ge(o)}:${ge(s)}`).join(",")}}}`;return Buffer.from(r)}function Ch(t,e){let n=Us(t),i=Cm(e.created,n.diffId),r=Lm(i,n,e);return{layer:n,config:i,manifest:r,digest:bt(r)}}function Lh(t){let e;try{e=JSON.parse(t.toString("utf8"))}catch{return}if(e?.schemaVersion!==2||!Array.isArray(e.layers)||!e.config)return;let n=e.layers.find(i=>i&&i.mediaType===Hs&&typeof i.digest=="string");return n?{manifest:e,layer:n}:void 0}function Ih(t){try{let n=JSON.parse(t.toString("utf8")).rootfs?.diff_ids?.[0];return typeof n=="string"?n:void 0}catch{return}}var on=[rn,"application/vnd.docker.distribution.manifest.v2+json","application/vnd.oci.image.index.v1+json"].join(", "),Im=100,qm=4<<20;function Gs(t,e){let n=t.url.replace(/^oci:\/\//,"").replace(/\/+$/,""),i=n.indexOf("/"),r=i<0?n:n.slice(0,i),o=i<0?"":n.slice(i+1);return{base:`${t.insecure?"http":"https"}://${r}`,name:o?`${o}/${e}`:e}}function Om(t){let[e,...n]=t.trim().split(/\s+/),i={};for(let r of n.join(" ").matchAll(/(\w+)="([^"]*)"/g))i[r[1].toLowerCase()]=r[2];return{scheme:e.toLowerCase(),params:i}}function Vm(t){let e=t.replace(/:\d+$/,"").replace(/^\[(.*)\]$/,"$1");return e==="localhost"||e==="::1"||/^127(\.\d{1,3}){3}$/.test(e)}var zm=1e4,jt=class{constructor(e){this.opts=e}opts;auth=new Map;async request(e,n,i){let r=()=>this.withRetry(e,i,{...i.accept?{accept:i.accept}:{},...i.contentType?{"content-type":i.contentType}:{},...this.auth.get(n)}),o=await r();if(o.status!==401)return o;let s=await this.authenticate(o);return s?(this.auth.set(n,s),r()):o}async withRetry(e,n,i){let r=this.opts.retries??3,o=this.opts.backoffMs??500;for(let s=0;;s++){let a;try{a=await Cn(e,{method:n.method,timeoutMs:this.opts.timeoutMs,headers:i,body:n.body})}catch(p){if(s>=r||!(p instanceof $))throw p}if(a&&a.status!==429&&a.status<500||a&&s>=r)return a;await a?.body?.cancel().catch(()=>{});let l=Number(a?.headers.get("retry-after")),c=Number.isFinite(l)&&l>0?Math.min(l*1e3,zm):o*2**s*(.5+Math.random()/2);await new Promise(p=>setTimeout(p,c))}}async authenticate(e){await e.body?.cancel().catch(()=>{});let n=Om(e.headers.get("www-authenticate")??"");if(n.scheme==="bearer"&&n.params.realm){let i=new URLSearchParams;n.params.service&&i.set("service",n.params.service),n.params.scope&&i.set("scope",n.params.scope);let r=`${n.params.realm}${i.size?`?${i}`:""}`,o=await this.withRetry(r,{method:"GET"},Me(this.opts.creds));ze(o,r);let s=await o.json().catch(()=>({})),a=s.token??s.access_token;if(!a)throw new $("auth",`the token service ${n.params.realm} returned no token`);return{authorization:`Bearer ${a}`}}return this.opts.creds?Me(this.opts.creds):void 0}};async function Bs(t,e,n,i){let{base:r,name:o}=Gs(t,e),s=new jt({creds:n,timeoutMs:i,retries:0}),a=[],l=`${r}/v2/${o}/tags/list?n=1000`;for(let c=0;l&&c<Im;c++){let p=await s.request(l,o,{method:"GET"});ze(p,l);let m=await p.json().catch(()=>{});if(!m||m.tags!==null&&m.tags!==void 0&&!Array.isArray(m.tags))throw new $("protocol",`${l} did not return a tag list`);for(let u of m.tags??[])typeof u=="string"&&a.push(u);let d=/<([^>]+)>\s*;\s*rel="?next"?/.exec(p.headers.get("link")??"")?.[1];l=d?new URL(d,r).toString():void 0}return a}async function Ws(t,e,n,i,r){let{base:o,name:s}=Gs(t,e),a=new jt({creds:i,timeoutMs:r,retries:0}),l=`${o}/v2/${s}/manifests/${encodeURIComponent(n)}`,c=await a.request(l,s,{method:"HEAD",accept:on});ze(c,l);let p=c.headers.get("docker-content-digest");if(p)return p;let m=await a.request(l,s,{method:"GET",accept:on});return ze(m,l),`sha256:${bi("sha256").update(Buffer.from(await m.arrayBuffer())).digest("hex")}`}var Q=class extends Error{constructor(n,i,r){super(i);this.kind=n;this.hint=r;this.name="RegistryError"}kind;hint},Pt=t=>t.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/,"$1"),Ks=class{constructor(e,n){this.host=e;this.opts=n;this.base=`${n.insecure||Vm(e)?"http":"https"}://${e}`,this.session=new jt(n)}host;opts;base;session;async call(e,n,i,r,o,s=[]){let a;try{a=await this.session.request(`${this.base}/v2/${e}/${i}`,e,r)}catch(c){throw c instanceof $?new Q(c.kind,`registry ${this.host}, repository ${e}: ${n} failed: ${c.message}`):c}if(o.includes(a.status))return a;if(await a.body?.cancel().catch(()=>{}),s.includes(a.status))return;let l=`registry ${this.host}, repository ${e}: ${n} failed: HTTP ${a.status}`;throw a.status===401||a.status===403?new Q("auth",`${l} (${a.status===401?"not authenticated":"not allowed"})`,"set HUBCAST_OCI_USERNAME and HUBCAST_OCI_PASSWORD (or HUBCAST_OCI_TOKEN), or log in with docker login; the credentials need push access to this repository"):new Q(a.status===404?"not-found":"protocol",l)}async resolve(e,n){let i=await this.call(e,`reading tag ${n}`,`manifests/${encodeURIComponent(n)}`,{method:"HEAD",accept:on},[200],[404]);if(!i)return;let r=i.headers.get("docker-content-digest");if(r)return r;let o=await this.manifest(e,n);return o?`sha256:${bi("sha256").update(o).digest("hex")}`:void 0}async manifest(e,n){let i=`reading manifest ${Pt(n)}`,r=await this.call(e,i,`manifests/${encodeURIComponent(n)}`,{method:"GET",accept:on},[200],[404]);return r?this.body(r,e,i,qm):void 0}async hasBlob(e,n){return!!await this.call(e,`checking blob ${Pt(n)}`,`blobs/${n}`,{method:"HEAD"},[200],[404])}async blob(e,n){let i=`reading blob ${Pt(n)}`,r=await this.call(e,i,`blobs/${n}`,{method:"GET"},[200],[404]);if(!r)return;let o=await this.body(r,e,i,this.opts.maxBlobBytes??256<<20);if(`sha256:${bi("sha256").update(o).digest("hex")}`!==n)throw new Q("protocol",`registry ${this.host}, repository ${e}: ${i}: the content does not match its digest`);return o}async pushBlob(e,n,i){let r=`uploading blob ${Pt(n)}`,s=(await this.call(e,r,"blobs/uploads/",{method:"POST"},[202])).headers.get("location");if(!s)throw new Q("protocol",`registry ${this.host}, repository ${e}: ${r} failed: no upload location`);let a=new URL(s,this.base);a.searchParams.set("digest",n);let l=a.pathname.replace(new RegExp(`^/v2/${e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}/`),"");if(a.origin!==new URL(this.base).origin||l===a.pathname){let c=await this.session.request(a.toString(),e,{method:"PUT",body:i,contentType:"application/octet-stream"});if(c.status!==201)throw new Q(c.status===401||c.status===403?"auth":"protocol",`registry ${this.host}, repository ${e}: ${r} failed: HTTP ${c.status}`);return}await this.call(e,r,`${l}${a.search}`,{method:"PUT",body:i,contentType:"application/octet-stream"},[201])}async pushManifest(e,n,i){await this.call(e,`pushing manifest to ${Pt(n)}`,`manifests/${encodeURIComponent(n)}`,{method:"PUT",body:i,contentType:rn},[201])}async body(e,n,i,r){let o=Number(e.headers.get("content-length"));if(o>r)throw await e.body?.cancel().catch(()=>{}),new Q("protocol",`registry ${this.host}, repository ${n}: ${i}: ${o} bytes is more than the ${r} read`);let s=[],a=0;try{for await(let l of e.body??[]){if(a+=l.length,a>r)throw new Q("protocol",`registry ${this.host}, repository ${n}: ${i}: more than the ${r} bytes read`);s.push(Buffer.from(l))}}catch(l){throw l instanceof Q?l:new Q("timeout",`registry ${this.host}, repository ${n}: ${i} failed: ${l.message}`)}return Buffer.concat(s)}};function Js(t){let e=n=>no(n,t.env);return{helmIndex:n=>Mo(n,e(n.secretRef),t.timeoutMs),ociTags:(n,i)=>Bs(n,i,e(n.secretRef),t.timeoutMs),ociDigest:(n,i,r)=>Ws(n,i,r,e(n.secretRef),t.timeoutMs),gitRefs:(n,i)=>wo(n,e(i),t.timeoutMs)}}var Fm=".hubcast-cache";function Pi(t,e,n){let i=t.extra.sources??{};return{cacheDir:n?Zs(n):Zs(e,typeof i.cacheDir=="string"?i.cacheDir:Fm),ttlSeconds:typeof i.ttlSeconds=="number"?i.ttlSeconds:Qr,timeoutMs:(typeof i.timeoutSeconds=="number"?i.timeoutSeconds:30)*1e3,concurrency:typeof i.concurrency=="number"?i.concurrency:4,offline:i.offline===!0}}async function Ys(t,e,n,i){let r=t.sources.requests;if(r.length===0)return{resolutions:new Map,diagnostics:[]};let o=Pi(t.input.config,e,n.cacheDir);return ro(r,{fetcher:n.offline||o.offline?void 0:Js({timeoutMs:o.timeoutMs,env:n.env??process.env}),cache:Po(o.cacheDir),policy:{offline:!!n.offline||o.offline,ttlSeconds:o.ttlSeconds,now:n.now??new Date},concurrency:o.concurrency,locked:i})}import{spawnSync as Qs}from"node:child_process";import{existsSync as Um}from"node:fs";import{dirname as Xs,join as Hm,resolve as Km}from"node:path";var Gm=/^0+$/,Bm=new Set(["100644","100755"]);function ea(t,e){let n=Wm(t,e.rev??"HEAD");if("kind"in n)return n;let{prefix:i,shallow:r,head:o}=n,s=St(t,["-c","log.showSignature=false","log","--first-parent","-m","--reverse","--raw","--no-renames","--no-abbrev","-z","--no-color","--format=%H %ct",o,"--","."]);if(s.status!==0)return{kind:"failed",message:sn(s.stderr)};let a=Jm(s.stdout,i,e.accept),l=new Set;for(let d of a)for(let u of d.changes)u.blob&&l.add(u.blob);let c=e.knownTexts,p=Zm(t,c?[...l].filter(d=>!c.has(d)):[...l]);if(typeof p=="string")return{kind:"failed",message:p};if(!c)return{kind:"history",history:{head:o,shallow:r,commits:a,texts:p}};for(let[d,u]of p)c.set(d,u);let m=new Map;for(let d of l)m.set(d,c.get(d));return{kind:"history",history:{head:o,shallow:r,commits:a,texts:m}}}function Wm(t,e){let n=St(t,["rev-parse","--show-prefix","--is-shallow-repository","--verify","--quiet",`${e}^{commit}`]);if(n.status===0){let[a,l,c]=n.stdout.split(`
`);return{prefix:a,shallow:l==="true",head:c}}let i=St(t,["rev-parse","--show-prefix","--is-shallow-repository"]);if(i.status==="missing")return Ym(t)?{kind:"failed",message:"git is not installed"}:{kind:"none",reason:"not a git repository"};if(i.status!==0)return/not a git repository/i.test(i.stderr)?{kind:"none",reason:"not a git repository"}:{kind:"failed",message:sn(i.stderr)};let[r,o]=i.stdout.split(`
`);if(St(t,["rev-parse","--verify","--quiet",e]).status!==0)return e==="HEAD"?{kind:"none",reason:"the repository has no commits yet"}:{kind:"failed",message:`unknown revision ${e}`};let s=St(t,["rev-parse","--verify",`${e}^{commit}`]);return s.status!==0?{kind:"failed",message:sn(s.stderr)}:{prefix:r??"",shallow:o==="true",head:s.stdout.trim()}}function Jm(t,e,n){let i=[],r=t.split("\0"),o;for(let s=0;s<r.length;s++){let a=r[s].replace(/^\n/,"");if(a==="")continue;if(a.startsWith(":")){let p=r[++s];if(!o||p===void 0||!p.startsWith(e))continue;let m=p.slice(e.length);if(!n(m))continue;let[,d,,u]=a.slice(1).split(" "),f={path:m};!Gm.test(u)&&Bm.has(d)&&(f.blob=u),o.changes.push(f);continue}let[l,c]=a.split(" ");o={sha:l,time:Number(c),changes:[]},i.push(o)}return i.filter(s=>s.changes.length>0)}function Zm(t,e,n=new TextDecoder){let i=new Map;if(e.length===0)return i;let r=Qs("git",["cat-file","--batch"],{cwd:t,input:`${e.join(`
`)}
`,maxBuffer:Number.MAX_SAFE_INTEGER,env:ta(),timeout:12e4});if(r.error)return`could not run git: ${r.error.message}`;if(r.status!==0||!r.stdout)return sn(r.stderr?.toString()??"git cat-file failed");let o=r.stdout,s=0;for(let a of e){let l=o.indexOf(10,s);if(l<0)return"git cat-file: truncated output";let c=o.toString("latin1",s,l).split(" ");if(c[1]!=="blob")return`git cat-file: ${c.join(" ")}`;let p=Number(c[2]);i.set(a,n.decode(o.subarray(l+1,l+1+p))),s=l+1+p+1}return i}function Ym(t){for(let e=Km(t);;e=Xs(e)){if(Um(Hm(e,".git")))return!0;if(Xs(e)===e)return!1}}function St(t,e){let n=Qs("git",e,{cwd:t,encoding:"utf8",maxBuffer:Number.MAX_SAFE_INTEGER,env:ta()});return n.error&&n.error.code==="ENOENT"?{status:"missing",stdout:"",stderr:""}:{status:n.status??1,stdout:n.stdout??"",stderr:n.stderr??""}}function ta(){return{...process.env,GIT_PAGER:"cat",GIT_TERMINAL_PROMPT:"0",LC_ALL:"C",LANGUAGE:"C"}}function sn(t){return t.trim().split(`
`)[0]||"git failed"}var Xm=t=>`worktree:${t}`,ji=class{constructor(e,n,i=new ve(n)){this.texts=e;this.digester=i}texts;digester;blobDigests=new Map;files=new Map;locations=new Map;objects=new Map;head;commitCount=0;apply(e){this.applyChanges(e.changes,{commit:e.sha,time:e.time}),this.head=e.sha,this.commitCount++}applyWorktree(e){let n=[],i=new Set;for(let r of e){i.add(r.path);let o=this.files.get(r.path);if(o!==void 0&&this.texts.get(o)===r.text)continue;let s=Xm(r.path);this.texts.set(s,r.text),n.push({path:r.path,blob:s})}for(let r of this.files.keys())i.has(r)||n.push({path:r});this.applyChanges(n,{uncommitted:!0})}result(){let e=this.texts;return{objects:this.objects,head:this.head,commitCount:this.commitCount,text:n=>e.get(n)}}applyChanges(e,n){let i=new Set;for(let{path:r,blob:o}of e){let s=this.files.get(r);if(s!==void 0){for(let a of this.digestsOf(s))this.locations.get(a.key)?.delete(r),i.add(a.key);this.files.delete(r)}if(o!==void 0){this.files.set(r,o);for(let a of this.digestsOf(o,s)){let l=this.locations.get(a.key);l||this.locations.set(a.key,l=new Set),l.add(r),i.add(a.key)}}}for(let r of i)this.update(r,n)}update(e,n){let i=this.locations.get(e),r=this.objects.get(e);if(!i||i.size===0){r&&(r.alive=!1);return}let o=i.size===1?i.values().next().value:[...i].sort(_)[0],s=this.files.get(o),a=this.digestsOf(s).find(m=>m.key===e),l=r??{key:e,id:a.id,revisions:[],alive:!0};r||this.objects.set(e,l),l.alive=!0;let c=l.revisions[l.revisions.length-1];if(c&&c.hash===a.hash)return;let p={number:l.revisions.length+1,hash:a.hash,path:o,blob:s};a.version&&(p.version=a.version),n.commit&&(p.commit=n.commit),n.time!==void 0&&(p.time=n.time),n.uncommitted&&(p.uncommitted=!0),l.revisions.push(p)}digestsOf(e,n){let i=this.blobDigests.get(e);if(!i){let r=n===void 0?void 0:this.blobDigests.get(n);i=this.digester.fileVersion(this.texts.get(e)??"",r),this.blobDigests.set(e,i)}return i.objects}};function na(t,e,n,i,r){let o=new ji(e,n,r);for(let s of t)o.apply(s);return i&&o.applyWorktree(i),o.result()}var Qm="each object's current content is its only revision (v1)",fy=()=>({texts:new Map,digesters:new Map});function ia(t,e,n,i,r,o){let s=ea(t,{accept:Rt(e,n),rev:r,knownTexts:o?.texts});if(s.kind==="none")return{diagnostics:[Y("no-history",`${s.reason}: ${Qm}`)]};if(s.kind==="failed")return{diagnostics:[j("no-history",`could not read the git history: ${s.message}`,void 0,"fix the repository, or pass --no-history to use each object's current content as its only revision")]};let{head:a,shallow:l,commits:c,texts:p}=s.history,m=o?.digesters.get(e.systemNamespace);o&&!m&&o.digesters.set(e.systemNamespace,m=new ve(e.systemNamespace));let d=na(c,p,e.systemNamespace,i,m),u=[];return l&&u.push(O("shallow-history",`this is a shallow clone: revisions are read from ${Xi(c.length,"commit")} only, so basic revision numbers cannot be counted and old versions may be missing`,void 0,"fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)")),{history:{index:d,truncated:l},sourceCommit:a,diagnostics:u}}import{existsSync as eu,readFileSync as tu}from"node:fs";import{join as nu,resolve as iu}from"node:path";var ru="out/rendered";function ra(t,e){return iu(t??nu(e??ru,Ni))}function oa(t){if(!eu(t))return{diagnostic:j("lock-missing",`--locked: there is no lock file at ${t}`,void 0,"render once without --locked, or pass --lock-file PATH")};let e;try{e=tu(t,"utf8")}catch(i){return{diagnostic:j("lock-invalid",`--locked: cannot read ${t}: ${i.message}`)}}let n=Ti(e);return"problem"in n?{diagnostic:j("lock-invalid",`--locked: ${t} is not a usable hubcast lock: ${n.problem}`,{file:t,line:1,column:1},"delete it and render without --locked to write a new one (or restore it from git), or pass --lock-file PATH to a good lock")}:n.lock.references?{lock:n.lock}:{lock:n.lock,diagnostic:j("lock-outdated",`--locked: ${t} records no spec references (the Environment, WorkloadProfile, ProfileBundle and definition revisions each reference resolved to): it was written by an older hubcast${n.lock.hubcastVersion?` (${String(n.lock.hubcastVersion)})`:""}`,{file:t,line:1,column:1},"render once without --locked to record them in the lock, then commit the new lock")}}async function _y(t){let e=Si(t.repo);if(!pu(e)||!lu(e).isDirectory())return sa([j("repo-not-found",`repository folder ${t.repo} does not exist`,void 0,"pass --repo DIR pointing at your spec repository")]);let n=[],i=await uu({dir:e,configFile:()=>lr(e),renderRoots:()=>n=ur(e),files:(o,s)=>Pn(e,o,s,new Set(n))},t);if(t.specsOptional||mu(i)!==0)return i;let r=j("no-specs",`no specs found in ${t.repo}: no file holds a spectrocloud.com/v1beta1 object`,void 0,"point --repo (the Action: the repo input) at the folder of your spec YAML files; to remove everything hubcast delivered, delete the generated branch");return{...i,ok:!1,diagnostics:Qe([...i.diagnostics,r])}}function mu(t){if(!(!t.repo||K(t.diagnostics)))return Object.values(t.repo.specs).reduce((e,n)=>e+n.length,0)}async function uu(t,e){let{config:n,diagnostics:i}=Ui(t.configFile());if(K(i))return sa(i);let r=Pi(n,t.dir,e.cacheDir).cacheDir,o=t.renderRoots?.()??[],s=[...jn(t.dir,e.out),...jn(t.dir,r),...o.map(ir)],a=t.files(n,s);e.history!==!1&&e.onStage?.("history");let l=e.history===!1?{diagnostics:[]}:ia(t.dir,n,s,a,t.rev,e.historyCache);e.inventory&&a.push(...du(t.dir,e.inventory,n,a));let c=gr(n.systemNamespace),p=o.map(P=>Y("render-skipped",`${P}/ holds a hubcast render (${vn}, or a lock beside a kustomization.yaml); its files are not read as specs`)),m=[...i,...p,...l.diagnostics,...c.diagnostics],d=e.now instanceof Date?e.now.getTime():e.now,u=e.locked?oa(ra(e.lockFile,e.out)):void 0,f=ho({files:a,config:n,stockDefinitions:c.definitions,layout:e.layout,emit:e.emit,now:d,requireReady:e.requireReady,history:l.history,sourceCommit:e.sourceCommit??l.sourceCommit,lockedReferences:u?.lock?.references,onStage:e.onStage,memo:e.memo,into:K(m)?void 0:e.into});f.sources.requests.length&&e.onStage?.("sources");let h={...e,now:d===void 0?void 0:new Date(d)},g=u&&!u.lock?{resolutions:new Map,diagnostics:[]}:await Ys(f,t.dir,h,u&&(u.lock?.sources??{}));u?.diagnostic&&g.diagnostics.push(u.diagnostic);let y=yo(f,g.resolutions,g.diagnostics);return{...y,diagnostics:Qe([...m,...y.diagnostics]),ok:y.ok&&!K(m)}}function du(t,e,n,i){let r=Si(e),o=Pn(r,{...n,include:["**/*.yaml","**/*.yml","**/*.json"],exclude:[]}),s=new Set(i.map(d=>d.fileId).filter(Boolean)),a=new Set(i.map(d=>d.path)),l=d=>{try{return cu(d)}catch{return Si(d)}},c=su(l(t),l(r)).split(au).join("/"),p=!c.startsWith("..")&&!ou(c),m=[];for(let d of o){let u=p?c?`${c}/${d.path}`:d.path:void 0;s.has(d.fileId)||u&&a.has(u)||m.push({path:u??`${e.replace(/\/$/,"")}/${d.path}`,text:d.text})}return m}function sa(t){return{diagnostics:t,ok:!1,layout:"replicaset"}}export{Zm as a,So as b,xo as c,An as d,yu as e,xn as f,Yr as g,Ht as h,lo as i,Af as j,fy as k,lr as l,bt as m,Dm as n,Th as o,Am as p,$h as q,Ah as r,Cm as s,Ch as t,Lh as u,Ih as v,Q as w,Ks as x,_y as y,mu as z,uu as A};
//# sourceMappingURL=chunk-RHBF24VT.mjs.map
