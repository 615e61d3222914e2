/**
 * The one script of a deck page, inline and allowed by its SHA-256 hash in the page's
 * Content-Security-Policy (report pages allow no script). It is a small enhancement over slides
 * that read top to bottom without it: with it, on a screen of at least 50 × 32 rem (the media
 * query of deck.css's fixed 16:9 slides), one slide at a time fills the viewport; arrows,
 * Page Up/Down, space, Home and End move; the counter says "3 / 12" (after a visually hidden
 * "Current slide:", read out as a whole when it changes); `#slide-3` opens slide 3 (on load and
 * on hashchange) and the address follows the current slide; `f` toggles full screen; `n` toggles
 * the speaker notes (a class on <html>). The slides not shown are inert. On a smaller screen
 * (a phone) the slides stay one under the other, none inert, and keys scroll as usual; the
 * script follows the media query when the window changes. It makes no request.
 */

export const deckScript = `(function(){
var d=document,h=d.documentElement,s=[].slice.call(d.querySelectorAll('.slide')),c=d.getElementById('deck-counter'),i=0,
m=window.matchMedia?matchMedia('screen and (min-width: 50rem) and (min-height: 32rem)'):null;
if(!s.length)return;
h.classList.add('deck-js');
function on(){return !m||m.matches;}
function show(n,move){i=Math.max(0,Math.min(s.length-1,n));var p=on();
for(var k=0;k<s.length;k++){s[k].classList.toggle('current',k===i);if(k===i||!p)s[k].removeAttribute('inert');else s[k].setAttribute('inert','');}
if(c){c.textContent=(i+1)+' / '+s.length;c.parentNode.hidden=!p;}
if(move&&location.hash!=='#slide-'+(i+1)){try{history.replaceState(null,'','#slide-'+(i+1));}catch(e){}}}
function fromHash(){var r=/^#slide-(\\d+)$/.exec(location.hash);show(r?+r[1]-1:i,false);}
addEventListener('hashchange',fromHash);
if(m&&m.addEventListener)m.addEventListener('change',function(){show(i,false);});
d.addEventListener('keydown',function(e){if(e.altKey||e.ctrlKey||e.metaKey||!on())return;var k=e.key;
if(k==='ArrowRight'||k==='ArrowDown'||k==='PageDown'||k===' ')show(i+1,true);
else if(k==='ArrowLeft'||k==='ArrowUp'||k==='PageUp')show(i-1,true);
else if(k==='Home')show(0,true);
else if(k==='End')show(s.length-1,true);
else if(k==='f'){if(d.fullscreenElement)d.exitFullscreen();else if(h.requestFullscreen)h.requestFullscreen().catch(function(){});}
else if(k==='n')h.classList.toggle('deck-notes');
else return;
e.preventDefault();});
fromHash();})();`;
