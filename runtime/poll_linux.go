package runtime

import (
	"errors"
	"time"

	"golang.org/x/sys/unix"
)

// Readiness events for Engine.Watch.
const (
	Readable = uint32(unix.EPOLLIN | unix.EPOLLRDHUP)
	Writable = uint32(unix.EPOLLOUT)
	// HangUp and Failed are reported with the other events.
	HangUp = uint32(unix.EPOLLHUP | unix.EPOLLRDHUP)
	Failed = uint32(unix.EPOLLERR)
)

// ReadyHandler receives the readiness events of a watched descriptor.
type ReadyHandler interface {
	Ready(events uint32)
}

// ReadyFunc adapts a function to ReadyHandler.
type ReadyFunc func(events uint32)

// Ready calls f.
func (f ReadyFunc) Ready(events uint32) { f(events) }

// epoller is the loop's poller on Linux: readiness of sockets owned by the
// loop, with an eventfd to wake it for posted work. An idle connection costs
// a slot in a slice indexed by descriptor, not a goroutine: descriptors are
// small and reused lowest first, so the slice is dense.
type epoller struct {
	epfd       int
	wakefd     int
	handlers   []ReadyHandler // by fd
	events     []unix.EpollEvent
	ready      int    // events found by the last wait
	runReadyFn func() // p.runReady, made once
}

func newEpoller() (*epoller, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, err
	}
	wfd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
	if err != nil {
		unix.Close(epfd)
		return nil, err
	}
	p := &epoller{epfd: epfd, wakefd: wfd, events: make([]unix.EpollEvent, 256)}
	p.runReadyFn = p.runReady
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, wfd, &unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(wfd)}); err != nil {
		p.close()
		return nil, err
	}
	return p, nil
}

func (p *epoller) wake() {
	var one = [8]byte{1}
	unix.Write(p.wakefd, one[:])
}

func (p *epoller) wait(timeout time.Duration, unit func(func())) {
	ms := -1
	if timeout >= 0 {
		ms = int((timeout + time.Millisecond - 1) / time.Millisecond)
	}
	n, err := unix.EpollWait(p.epfd, p.events, ms)
	if err != nil || n == 0 {
		return // EINTR or timeout: the loop comes back
	}
	p.ready = n
	unit(p.runReadyFn)
}

// runReady runs the callbacks of the descriptors the last wait found ready.
func (p *epoller) runReady() {
	n := p.ready
	for i := 0; i < n; i++ {
		ev := p.events[i]
		if int(ev.Fd) == p.wakefd {
			var buf [8]byte
			unix.Read(p.wakefd, buf[:])
			continue
		}
		if fd := int(ev.Fd); fd < len(p.handlers) && p.handlers[fd] != nil {
			p.handlers[fd].Ready(ev.Events)
		}
	}
}

func (p *epoller) close() {
	unix.Close(p.epfd)
	unix.Close(p.wakefd)
}

// poller returns the loop's epoll poller, creating it on first use.
func (e *Engine) epoll() (*epoller, error) {
	if p, ok := e.loop.poller.(*epoller); ok {
		return p, nil
	}
	p, err := newEpoller()
	if err != nil {
		return nil, err
	}
	e.loop.mu.Lock()
	e.loop.poller = p
	e.loop.mu.Unlock()
	return p, nil
}

// Watch registers fd with the event loop: h.Ready runs on the loop
// goroutine whenever fd is ready for the given events (level-triggered).
// A type with a Ready method costs no closure per descriptor; a function
// is passed as ReadyFunc(f). Loop only.
func (e *Engine) Watch(fd int, events uint32, h ReadyHandler) error {
	p, err := e.epoll()
	if err != nil {
		return err
	}
	if err := unix.EpollCtl(p.epfd, unix.EPOLL_CTL_ADD, fd, &unix.EpollEvent{Events: events, Fd: int32(fd)}); err != nil {
		return err
	}
	if fd >= len(p.handlers) {
		p.handlers = append(p.handlers, make([]ReadyHandler, fd+1-len(p.handlers))...)
	}
	p.handlers[fd] = h
	return nil
}

// Rewatch changes the events a watched fd is reported for. Loop only.
func (e *Engine) Rewatch(fd int, events uint32) error {
	p, ok := e.loop.poller.(*epoller)
	if !ok {
		return errors.New("runtime: Rewatch of an fd that is not watched")
	}
	return unix.EpollCtl(p.epfd, unix.EPOLL_CTL_MOD, fd, &unix.EpollEvent{Events: events, Fd: int32(fd)})
}

// Unwatch removes fd from the event loop (before it is closed). Loop only.
func (e *Engine) Unwatch(fd int) {
	p, ok := e.loop.poller.(*epoller)
	if !ok {
		return
	}
	unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, nil)
	if fd < len(p.handlers) {
		p.handlers[fd] = nil
	}
}

// OnTurn registers f to run once per loop iteration, after the handlers of
// that iteration and before the loop waits again: network modules flush the
// writes the handlers queued, one write per connection per turn.
func (e *Engine) OnTurn(f func()) { e.turnHooks = append(e.turnHooks, f) }
