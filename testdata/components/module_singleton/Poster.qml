import QtQml
import MyCompany.Chat 1.0

QtObject {
    function grow() { ChatConfig.maxLength += 5; return ChatConfig.maxLength }
}
