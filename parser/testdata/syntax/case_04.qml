QtObject {
