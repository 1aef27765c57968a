// Package pubsub is the QML module QmlRun.PubSub: publish/subscribe
// between qmlrun processes over NATS (github.com/nats-io/nats.go), with an
// in-process NATS server (github.com/nats-io/nats-server/v2) by default.
//
//	import QmlRun.PubSub 1.0
//
//	Broker { id: b; url: "nats://127.0.0.1:4222" }  // no url, or "embedded": in-process server
//	Subscription { broker: b; subject: "chat.>"; onMessageReceived: function (message, subject) {} }
//	b.publish("chat.room1", "hello")                // strings and ArrayBuffers
//
// # Threads
//
// nats.go runs its own goroutines. None of them touches JavaScript: each
// Broker has one worker goroutine that makes every nats.go call (connect,
// subscribe, publish, close), fed by a queue the event loop appends to, so
// no QML call waits on the network. nats.go's reader hands the messages
// of all of a Broker's subscriptions to one channel, in the order they
// came on the connection (so one publisher's messages stay in order even
// across subjects); a forwarder goroutine moves them into a per-Broker
// inbound queue. The loop takes deliverBatch messages at a time: the
// first batch through Engine.Post; while more are waiting, the next ones
// when the loop polls its sockets (an eventfd it watches), so a flood from
// NATS takes turns with socket I/O instead of starving it, and WebSocket
// output is flushed between batches.
//
// # Bounds (Broker.bufferSize, default 8 MiB)
//
//   - Outbound: messages published from QML wait in the worker's queue;
//     when the queued bytes would exceed bufferSize, publish returns false,
//     errorString says so and droppedMessages grows. publish never blocks.
//   - While disconnected, nats.go keeps published messages in its
//     reconnect buffer (ReconnectBufSize = bufferSize) and sends them once
//     reconnected. When it is full, the message is dropped, errorString
//     reports "Reconnect buffer full" and droppedMessages grows.
//   - Inbound: messages received and not yet delivered to QML are bounded
//     by bufferSize too; beyond it they are dropped (the subscriber is a
//     slow consumer), errorString reports it and droppedMessages grows.
//     Should the forwarder fall 4096 messages behind nats.go's reader,
//     nats.go drops too; those drops are counted and reported the same way.
//
// Each message counts its payload and subject plus 64 bytes.
//
// # Credentials
//
// A Broker passes user and password, token, credentialsFile (.creds),
// nkeySeedFile, caFile and certFile/keyFile to nats.go. The embedded
// server requires the user and password, token or nkey of the Broker that
// starts it, so processes joining it through --nats-listen must give them;
// with listenCertFile and listenKeyFile it requires TLS from them too. The
// Broker reaches its own embedded server through an in-process pipe.
//
// # Reconnection
//
// The Broker reconnects by itself, forever, every 250 ms (with jitter);
// status goes Connecting while it does and Open again after, and nats.go
// restores every subscription. Delivery is NATS core's: at most once. A
// message published while the broker is down reaches the subscribers that
// are subscribed when it arrives at the broker — the ones whose own
// connection is back by then. nats.go restores a connection's
// subscriptions before it sends the buffered messages, so the publishing
// Broker's own subscriptions get all of them.
package pubsub
