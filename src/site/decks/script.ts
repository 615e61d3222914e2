/**
 * The one script of a deck page, inline and allowed by its SHA-256 hash in the page's
 * Content-Security-Policy (report pages allow no script). It is a small enhancement over slides
 * that read top to bottom without it: with it, one slide at a time fills the viewport; arrows,
 * Page Up/Down, space, Home and End move; the counter says "3 / 12"; `#slide-3` opens slide 3
 * (on load and on hashchange) and the address follows the current slide; `f` toggles full
 * screen; `n` toggles the speaker notes (a class on <html>). It makes no request.
 */

export const deckScript = `(function(){
var d=document,h=d.documentElement,s=[].slice.call(d.querySelectorAll('.slide')),c=d.getElementById('deck-counter'),i=0;
if(!s.length)return;
h.classList.add('deck-js');if(c)c.hidden=false;
function show(n,move){i=Math.max(0,Math.min(s.length-1,n));
for(var k=0;k<s.length;k++){s[k].classList.toggle('current',k===i);if(k===i)s[k].removeAttribute('inert');else s[k].setAttribute('inert','');}
if(c)c.textContent=(i+1)+' / '+s.length;
if(move&&location.hash!=='#slide-'+(i+1)){try{history.replaceState(null,'','#slide-'+(i+1));}catch(e){}}}
function fromHash(){var m=/^#slide-(\\d+)$/.exec(location.hash);show(m?+m[1]-1:i,false);}
addEventListener('hashchange',fromHash);
d.addEventListener('keydown',function(e){if(e.altKey||e.ctrlKey||e.metaKey)return;var k=e.key;
if(k==='ArrowRight'||k==='ArrowDown'||k==='PageDown'||k===' ')show(i+1,true);
else if(k==='ArrowLeft'||k==='ArrowUp'||k==='PageUp')show(i-1,true);
else if(k==='Home')show(0,true);
else if(k==='End')show(s.length-1,true);
else if(k==='f'){if(d.fullscreenElement)d.exitFullscreen();else if(h.requestFullscreen)h.requestFullscreen().catch(function(){});}
else if(k==='n')h.classList.toggle('deck-notes');
else return;
e.preventDefault();});
fromHash();})();`;


